// Add or edit one contact (shared or personal). Per-field errors from the API appear next to their fields;
// an edit carries the version it started from, so a concurrent change is reported instead of overwritten, and
// the user may reload the contact as it is now (their own changes are then lost: they are told so).
import { reactive, ref, onMounted } from 'vue';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { ErrorBanner, FieldError, Notice } from './common.js';

export const CONTACT_FIELDS = ['firstName', 'lastName', 'company', 'department', 'title', 'workPhone',
  'mobilePhone', 'homePhone', 'email', 'notes'];
export const VISIBILITIES = ['private', 'public', 'speeddial'];

/** The API path of a book's contacts: the shared phonebook, or the user's own contacts. */
export function contactsPath(book) {
  return book === 'shared' ? '/phonebook/shared' : '/contacts';
}

export default {
  components: { ErrorBanner, FieldError, Notice },
  props: { book: { type: String, required: true }, contact: { type: Object, default: null } },
  emits: ['saved', 'cancel'],
  setup(props, { emit }) {
    const form = reactive({ visibility: 'private' });
    const version = ref(props.contact?.version);
    const notice = ref('');
    function fill(contact) {
      CONTACT_FIELDS.forEach(f => { form[f] = contact?.[f] ?? ''; });
      if (contact?.visibility && props.book === 'personal') {
        form.visibility = contact.visibility;
      }
      version.value = contact?.version;
    }
    fill(props.contact);
    const error = ref(null);
    const busy = ref(false);
    const formEl = ref(null);
    onMounted(() => formEl.value?.querySelector('input')?.focus());
    function body() {
      const out = {};
      CONTACT_FIELDS.forEach(f => {
        const v = String(form[f] ?? '').trim();
        // an emptied field is cleared on an edit, and simply not sent on a create
        if (v !== '' || props.contact) {
          out[f] = v === '' ? null : v;
        }
      });
      if (props.book === 'personal') {
        out.visibility = form.visibility;
      }
      return out;
    }
    async function save() {
      error.value = null;
      busy.value = true;
      try {
        const base = contactsPath(props.book);
        const saved = props.contact
          ? await api.patch(`${base}/${props.contact.id}`, body(), { ifMatch: version.value })
          : await api.post(base, body());
        emit('saved', saved);
      } catch (e) {
        error.value = e;
      } finally {
        busy.value = false;
      }
    }
    // after a 412: the contact as someone else left it, with its new version
    async function reload() {
      try {
        fill(await api.get(`${contactsPath(props.book)}/${props.contact.id}`));
        error.value = null;
        notice.value = t('error.reloaded');
        formEl.value?.querySelector('input')?.focus();
      } catch (e) {
        error.value = e;
      }
    }
    return { t, form, error, busy, formEl, save, reload, notice, CONTACT_FIELDS, VISIBILITIES };
  },
  template: `
  <form ref="formEl" class="card form-grid" @submit.prevent="save" @keydown.esc="$emit('cancel')" data-test="contact-form">
    <h3 class="span-all">{{ contact ? t('contact.edit') : t('contact.add') }}</h3>
    <label v-for="f in CONTACT_FIELDS.filter(f => f !== 'notes')" :key="f">{{ t('contact.' + f) }}
      <input :name="f" v-model="form[f]" :aria-invalid="!!(error && error.fields && error.fields[f])"
             :type="f === 'email' ? 'email' : (f.endsWith('Phone') ? 'tel' : 'text')">
      <FieldError :error="error" :name="f" />
    </label>
    <label v-if="book === 'personal'">{{ t('contact.visibility') }}
      <select name="visibility" v-model="form.visibility">
        <option v-for="v in VISIBILITIES" :key="v" :value="v">{{ t('visibility.' + v) }}</option>
      </select>
      <FieldError :error="error" name="visibility" />
    </label>
    <label class="span-all">{{ t('contact.notes') }}
      <textarea name="notes" v-model="form.notes" rows="2"></textarea>
      <FieldError :error="error" name="notes" />
    </label>
    <ErrorBanner class="span-all" :error="error" :reloadable="!!contact" @reload="reload" />
    <Notice class="span-all" :text="error ? '' : notice" />
    <div class="actions span-all">
      <button type="submit" class="primary" :disabled="busy" data-test="save">{{ t('action.save') }}</button>
      <button type="button" @click="$emit('cancel')">{{ t('action.cancel') }}</button>
    </div>
  </form>`,
};
