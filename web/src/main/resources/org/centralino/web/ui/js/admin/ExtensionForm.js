// Create or edit one extension. On a create without a SIP password the server generates one and shows it
// once: the form keeps it on screen for the administrator to copy.
import { reactive, ref, onMounted } from 'vue';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { ErrorBanner, FieldError } from '../components/common.js';

const TEXT_FIELDS = ['name', 'email', 'mobile', 'mohClass'];

export default {
  components: { ErrorBanner, FieldError },
  props: { extension: { type: Object, default: null } },
  emits: ['saved', 'cancel'],
  setup(props, { emit }) {
    const e = props.extension;
    const form = reactive({ number: e?.number ?? '', sipPassword: '', ringTimeoutSeconds: e?.ringTimeoutSeconds ?? '',
      enabled: e ? e.enabled : true });
    TEXT_FIELDS.forEach(f => { form[f] = e?.[f] ?? ''; });
    const error = ref(null);
    const formEl = ref(null);
    onMounted(() => formEl.value?.querySelector('input:not([disabled])')?.focus());
    function body() {
      const out = {};
      TEXT_FIELDS.forEach(f => {
        const v = String(form[f]).trim();
        if (v !== '' || e) {
          out[f] = v === '' ? null : v;
        }
      });
      if (form.sipPassword) {
        out.sipPassword = form.sipPassword;
      }
      if (String(form.ringTimeoutSeconds).trim() !== '') {
        out.ringTimeoutSeconds = Number(form.ringTimeoutSeconds);
      }
      if (e) {
        out.enabled = form.enabled;
      } else {
        out.number = form.number.trim();
      }
      return out;
    }
    async function save() {
      error.value = null;
      try {
        const saved = e
          ? await api.patch(`/extensions/${encodeURIComponent(e.number)}`, body(), { ifMatch: e.version })
          : await api.post('/extensions', body());
        emit('saved', saved);
      } catch (err) {
        error.value = err;
      }
    }
    return { t, form, error, formEl, save, TEXT_FIELDS };
  },
  template: `
  <form ref="formEl" class="card form-grid" @submit.prevent="save" @keydown.esc="$emit('cancel')"
        data-test="extension-form">
    <h3 class="span-all">{{ extension ? t('extensions.edit', { number: extension.number }) : t('extensions.add') }}</h3>
    <label>{{ t('extensions.number') }}<input name="number" v-model="form.number" :disabled="!!extension" required>
      <FieldError :error="error" name="number" /></label>
    <label v-for="f in TEXT_FIELDS" :key="f">{{ t('extensions.' + f) }}
      <input :name="f" v-model="form[f]" :type="f === 'email' ? 'email' : 'text'">
      <FieldError :error="error" :name="f" /></label>
    <label>{{ t('extensions.sipPassword') }}
      <input name="sipPassword" type="password" v-model="form.sipPassword" autocomplete="new-password"
             :placeholder="extension ? t('extensions.unchanged') : t('extensions.generated')">
      <FieldError :error="error" name="sipPassword" /></label>
    <label>{{ t('extensions.ringTimeoutSeconds') }}
      <input name="ringTimeoutSeconds" type="number" min="1" v-model="form.ringTimeoutSeconds">
      <FieldError :error="error" name="ringTimeoutSeconds" /></label>
    <label v-if="extension" class="inline"><input type="checkbox" name="enabled" v-model="form.enabled">
      {{ t('extensions.enabled') }}</label>
    <ErrorBanner class="span-all" :error="error" />
    <div class="actions span-all">
      <button type="submit" class="primary" data-test="save">{{ t('action.save') }}</button>
      <button type="button" @click="$emit('cancel')">{{ t('action.cancel') }}</button>
    </div>
  </form>`,
};
