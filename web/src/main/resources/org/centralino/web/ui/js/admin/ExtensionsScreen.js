// Administration of extensions: search, create, edit, disable, delete, CSV import and export.
import { ref, watch, onMounted } from 'vue';
import { t } from '../i18n.js';
import { api, downloadUrl } from '../api.js';
import { ErrorBanner, Notice } from '../components/common.js';
import CsvImport from '../components/CsvImport.js';
import ExtensionForm from './ExtensionForm.js';

export default {
  components: { ErrorBanner, Notice, CsvImport, ExtensionForm },
  setup() {
    const q = ref('');
    const extensions = ref([]);
    const next = ref(null);
    const editing = ref(null);
    const importing = ref(false);
    const error = ref(null);
    const notice = ref('');
    let timer = null;
    async function load(more = false) {
      try {
        const page = await api.get('/extensions', { q: q.value.trim(), limit: 100,
          cursor: more ? next.value : null });
        extensions.value = more ? [...extensions.value, ...(page.items || [])] : page.items || [];
        next.value = page.nextCursor || null;
      } catch (e) {
        error.value = e;
      }
    }
    onMounted(() => load());
    watch(q, () => {
      clearTimeout(timer);
      timer = setTimeout(() => load(), 200);
    });
    async function saved(ext) {
      notice.value = ext.sipPassword ? t('extensions.createdWithPassword', { number: ext.number,
        password: ext.sipPassword }) : t('extensions.saved', { number: ext.number });
      editing.value = null;
      await load();
    }
    async function act(request, message) {
      error.value = null;
      notice.value = '';
      try {
        await request();
        notice.value = message;
        await load();
      } catch (e) {
        error.value = e;
      }
    }
    const setEnabled = (ext, enabled) => act(() => api.patch(`/extensions/${encodeURIComponent(ext.number)}`,
      { enabled }, { ifMatch: ext.version }), t(enabled ? 'extensions.enabledNow' : 'extensions.disabledNow',
      { number: ext.number }));
    function remove(ext) {
      if (confirm(t('extensions.confirmDelete', { number: ext.number }))) {
        act(() => api.del(`/extensions/${encodeURIComponent(ext.number)}`, { ifMatch: ext.version }),
          t('extensions.deleted', { number: ext.number }));
      }
    }
    async function imported(result) {
      importing.value = false;
      notice.value = t('import.done', { created: result.created ?? 0, updated: result.updated ?? 0,
        failed: result.failed ?? 0 });
      await load();
    }
    return { t, q, extensions, next, editing, importing, error, notice, load, saved, setEnabled, remove,
      imported, exportCsv: downloadUrl('/extensions/export.csv') };
  },
  template: `
  <div class="screen extensions">
    <div class="screen-head">
      <h2>{{ t('nav.extensions') }}</h2>
      <input type="search" class="search" v-model="q" data-search :placeholder="t('extensions.search')"
             :aria-label="t('extensions.search')">
    </div>
    <div class="toolbar">
      <button type="button" class="primary" @click="editing = 'new'" data-test="add-extension">{{ t('extensions.add') }}</button>
      <button type="button" @click="importing = true" data-test="import">{{ t('import.title') }}</button>
      <a class="button" :href="exportCsv" download data-test="export-csv">{{ t('export.csv') }}</a>
    </div>
    <Notice :text="notice" /><ErrorBanner :error="error" />
    <ExtensionForm v-if="editing" :key="editing === 'new' ? 'new' : editing.number"
      :extension="editing === 'new' ? null : editing" @saved="saved" @cancel="editing = null" />
    <CsvImport v-if="importing" path="/extensions/import" @done="imported" @cancel="importing = false" />
    <table class="grid-table" data-test="extensions">
      <thead><tr><th>{{ t('extensions.number') }}</th><th>{{ t('extensions.name') }}</th>
        <th>{{ t('extensions.email') }}</th><th>{{ t('extensions.mobile') }}</th><th>{{ t('extensions.status') }}</th>
        <th><span class="sr-only">{{ t('action.actions') }}</span></th></tr></thead>
      <tbody>
        <tr v-for="e in extensions" :key="e.number" :data-extension="e.number" :class="{ disabled: !e.enabled }">
          <td>{{ e.number }}</td><td>{{ e.name }}</td><td>{{ e.email }}</td><td>{{ e.mobile }}</td>
          <td>{{ e.enabled ? t('extensions.active') : t('extensions.disabled') }}</td>
          <td class="row-actions">
            <button type="button" @click="editing = e" data-test="edit">{{ t('action.edit') }}</button>
            <button type="button" @click="setEnabled(e, !e.enabled)">{{ e.enabled ? t('extensions.disable')
              : t('extensions.enable') }}</button>
            <button type="button" class="danger" @click="remove(e)" data-test="delete">{{ t('action.delete') }}</button>
          </td>
        </tr>
        <tr v-if="!extensions.length"><td colspan="6" class="muted">{{ t('extensions.none') }}</td></tr>
      </tbody>
    </table>
    <button v-if="next" type="button" @click="load(true)">{{ t('action.more') }}</button>
  </div>`,
};
