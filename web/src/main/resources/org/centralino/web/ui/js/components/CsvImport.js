// Bulk import from a CSV file: a dry run first shows each row with what it would do and its errors, then the
// user confirms and the same file is imported for real.
import { ref, computed } from 'vue';
import { t } from '../i18n.js';
import { request } from '../api.js';
import { ErrorBanner } from './common.js';
import { fieldMessage } from '../errors.js';
import { rowsByLine } from '../csv.js';

export default {
  components: { ErrorBanner },
  props: { path: { type: String, required: true } },
  emits: ['done', 'cancel'],
  setup(props, { emit }) {
    const text = ref('');
    const fileName = ref('');
    const preview = ref(null);
    const error = ref(null);
    const busy = ref(false);
    async function pick(event) {
      const file = event.target.files[0];
      preview.value = null;
      error.value = null;
      if (file) {
        fileName.value = file.name;
        text.value = await file.text();
        await run(true);
      }
    }
    async function run(dryRun) {
      error.value = null;
      busy.value = true;
      try {
        const answer = await request('POST', props.path, { params: { dryRun }, body: text.value,
          contentType: 'text/csv' });
        if (dryRun) {
          preview.value = answer;
        } else {
          emit('done', answer);
        }
      } catch (e) {
        error.value = e;
      } finally {
        busy.value = false;
      }
    }
    const importable = computed(() => preview.value
      && (preview.value.rows || []).some(r => !r.errors || r.errors.length === 0));
    // what the row holds, read from the file itself: the server's report names only line and verdict
    const content = computed(() => rowsByLine(text.value));
    function label(row) {
      const r = content.value[row.line] || {};
      const name = [r.firstname, r.lastname].filter(Boolean).join(' ') || r.name || r.company || '';
      const number = r.number || r.workphone || r.mobilephone || r.homephone || '';
      return [row.number || number, name].filter(Boolean).join(' · ');
    }
    return { t, fieldMessage, fileName, preview, error, busy, pick, run, importable, label };
  },
  template: `
  <section class="card csv-import" data-test="csv-import" @keydown.esc="$emit('cancel')">
    <h3>{{ t('import.title') }}</h3>
    <label>{{ t('import.file') }}
      <input type="file" accept=".csv,text/csv" @change="pick" data-test="csv-file">
    </label>
    <ErrorBanner :error="error" />
    <template v-if="preview">
      <p data-test="import-summary">{{ t('import.preview', { ok: (preview.rows || []).filter(r => !(r.errors||[]).length).length,
        failed: (preview.rows || []).filter(r => (r.errors||[]).length).length }) }}</p>
      <table class="grid-table" data-test="import-preview">
        <thead><tr><th>{{ t('import.line') }}</th><th>{{ t('import.row') }}</th><th>{{ t('import.action') }}</th>
          <th>{{ t('import.errors') }}</th></tr></thead>
        <tbody>
          <tr v-for="row in preview.rows" :key="row.line" :class="{ 'row-error': (row.errors||[]).length }">
            <td>{{ row.line }}</td><td>{{ label(row) }}</td>
            <td>{{ (row.errors||[]).length ? t('import.skipped') : t('import.' + (row.action || 'create')) }}</td>
            <td><span v-for="e in row.errors || []" :key="e.field + e.message" class="field-error">
              <b v-if="e.field">{{ e.field }}:</b> {{ fieldMessage(e.message) }}</span></td>
          </tr>
        </tbody>
      </table>
    </template>
    <div class="actions">
      <button type="button" class="primary" :disabled="!importable || busy" @click="run(false)"
              data-test="confirm-import">{{ t('import.confirm') }}</button>
      <button type="button" @click="$emit('cancel')">{{ t('action.cancel') }}</button>
    </div>
  </section>`,
};
