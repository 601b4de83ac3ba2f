// One book of contacts: the shared phonebook or the user's personal contacts. Editing is offered only to those
// who may edit that book (the server refuses the others all the same); both books import and export.
import { ref, nextTick, onMounted, onBeforeUnmount } from 'vue';
import { t } from '../i18n.js';
import { api, listAll, downloadUrl } from '../api.js';
import { stream } from '../session.js';
import ContactForm, { contactsPath } from './ContactForm.js';
import CsvImport from './CsvImport.js';
import { ErrorBanner, Notice } from './common.js';

export function fullName(c) {
  return [c.firstName, c.lastName].filter(Boolean).join(' ') || c.company || '';
}

export default {
  components: { ContactForm, CsvImport, ErrorBanner, Notice },
  props: { book: { type: String, required: true }, editable: { type: Boolean, default: false } },
  setup(props) {
    const contacts = ref([]);
    const editing = ref(null);      // a contact, 'new', or null
    const importing = ref(false);
    const error = ref(null);
    const notice = ref('');
    // the button that opened the form or the import gets the focus back when it closes, so a keyboard user
    // carries on where they were instead of at the top of the page
    let opener = null;
    function open(what) {
      opener = document.activeElement;
      if (what === 'import') {
        importing.value = true;
      } else {
        editing.value = what;
      }
    }
    function close() {
      editing.value = null;
      importing.value = false;
      const back = opener;
      nextTick(() => { if (back instanceof HTMLElement && back.isConnected) back.focus(); });
    }
    async function load() {
      try {
        contacts.value = await listAll(contactsPath(props.book));
      } catch (e) {
        error.value = e;
      }
    }
    async function remove(contact) {
      if (!confirm(t('contact.confirmDelete', { name: fullName(contact) }))) {
        return;
      }
      error.value = null;
      try {
        await api.del(`${contactsPath(props.book)}/${contact.id}`, { ifMatch: contact.version });
        notice.value = t('contact.deleted', { name: fullName(contact) });
        await load();
      } catch (e) {
        error.value = e;
      }
    }
    async function saved(contact) {
      notice.value = t('contact.saved', { name: fullName(contact) });
      close();
      await load();
    }
    async function imported(result) {
      close();
      notice.value = t('import.done', { created: result.created ?? 0, updated: result.updated ?? 0,
        failed: result.failed ?? 0 });
      await load();
    }
    let off = () => {};
    let offReset = () => {};
    onMounted(() => {
      load();
      off = stream.on('phonebook.changed', data => { if (data.book === props.book) load(); });
      offReset = stream.onReset(load);
    });
    onBeforeUnmount(() => { off(); offReset(); });
    const exportCsv = downloadUrl(`/phonebook/${props.book}/export.csv`);
    const exportVcf = downloadUrl(`/phonebook/${props.book}/export.vcf`);
    return { t, contacts, editing, importing, error, notice, open, close, remove, saved, imported, fullName, exportCsv,
      exportVcf };
  },
  template: `
  <section :data-book="book">
    <div class="toolbar">
      <button v-if="editable" type="button" class="primary" @click="open('new')" data-test="add-contact">
        {{ t('contact.add') }}</button>
      <button v-if="editable" type="button" @click="open('import')" data-test="import">{{ t('import.title') }}</button>
      <a class="button" :href="exportCsv" download data-test="export-csv">{{ t('export.csv') }}</a>
      <a class="button" :href="exportVcf" download data-test="export-vcf">{{ t('export.vcard') }}</a>
    </div>
    <Notice :text="notice" />
    <ErrorBanner :error="error" />
    <ContactForm v-if="editing" :key="editing === 'new' ? 'new' : editing.id" :book="book"
      :contact="editing === 'new' ? null : editing" @saved="saved" @cancel="close" />
    <CsvImport v-if="importing" :path="'/phonebook/' + book + '/import'" @done="imported"
      @cancel="close" />
    <table class="grid-table" data-test="contacts">
      <thead><tr>
        <th>{{ t('contact.name') }}</th><th>{{ t('contact.company') }}</th><th>{{ t('contact.phones') }}</th>
        <th>{{ t('contact.email') }}</th><th v-if="book === 'personal'">{{ t('contact.visibility') }}</th>
        <th v-if="editable"><span class="sr-only">{{ t('action.actions') }}</span></th>
      </tr></thead>
      <tbody>
        <tr v-for="c in contacts" :key="c.id" :data-contact="fullName(c)">
          <td>{{ fullName(c) }}<small v-if="c.title" class="muted"> · {{ c.title }}</small></td>
          <td>{{ c.company }}<small v-if="c.department" class="muted"> · {{ c.department }}</small></td>
          <td class="phones">
            <a v-for="k in ['workPhone', 'mobilePhone', 'homePhone'].filter(k => c[k])" :key="k"
               :href="'tel:' + c[k]" :title="t('contact.' + k)">{{ c[k] }}</a></td>
          <td><a v-if="c.email" :href="'mailto:' + c.email">{{ c.email }}</a></td>
          <td v-if="book === 'personal'">{{ t('visibility.' + c.visibility) }}</td>
          <td v-if="editable" class="row-actions">
            <button type="button" @click="open(c)" data-test="edit">{{ t('action.edit') }}</button>
            <button type="button" class="danger" @click="remove(c)" data-test="delete">{{ t('action.delete') }}</button>
          </td>
        </tr>
        <tr v-if="!contacts.length"><td :colspan="6" class="muted">{{ t('phonebook.empty') }}</td></tr>
      </tbody>
    </table>
  </section>`,
};
