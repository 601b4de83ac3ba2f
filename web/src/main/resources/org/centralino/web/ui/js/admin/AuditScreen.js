// The audit log: every change an administrator made, who, what, when, before and after.
import { ref, reactive, watch, onMounted } from 'vue';
import { t, formatDateTime } from '../i18n.js';
import { api } from '../api.js';
import { session } from '../session.js';
import { ErrorBanner } from '../components/common.js';

export default {
  components: { ErrorBanner },
  setup() {
    const filter = reactive({ actor: '', entity: '' });
    const entries = ref([]);
    const next = ref(null);
    const error = ref(null);
    let timer = null;
    async function load(more = false) {
      error.value = null;
      try {
        const page = await api.get('/audit', { actor: filter.actor.trim(), entity: filter.entity.trim(), limit: 100,
          cursor: more ? next.value : null });
        entries.value = more ? [...entries.value, ...(page.items || [])] : page.items || [];
        next.value = page.nextCursor || null;
      } catch (e) {
        error.value = e;
      }
    }
    onMounted(() => load());
    watch(() => [filter.actor, filter.entity], () => {
      clearTimeout(timer);
      timer = setTimeout(load, 250);
    });
    const json = v => (v == null ? '—' : JSON.stringify(v, null, 2));
    const when = e => formatDateTime(e.at, session.user?.timeZone, session.user?.dateFormat);
    return { t, filter, entries, next, error, load, json, when };
  },
  template: `
  <div class="screen audit">
    <div class="screen-head"><h2>{{ t('nav.audit') }}</h2></div>
    <div class="toolbar">
      <label class="inline">{{ t('audit.actor') }} <input v-model="filter.actor" data-search size="12"></label>
      <label class="inline">{{ t('audit.entity') }} <input v-model="filter.entity" size="12"></label>
    </div>
    <ErrorBanner :error="error" />
    <table class="grid-table" data-test="audit">
      <thead><tr><th>{{ t('audit.when') }}</th><th>{{ t('audit.actor') }}</th><th>{{ t('audit.action') }}</th>
        <th>{{ t('audit.entity') }}</th><th>{{ t('audit.change') }}</th></tr></thead>
      <tbody>
        <tr v-for="(e, i) in entries" :key="e.id ?? i">
          <td>{{ when(e) }}</td><td>{{ e.actor }}</td><td>{{ e.action }}</td>
          <td>{{ e.entityType }}<small v-if="e.entityId" class="muted"> {{ e.entityId }}</small></td>
          <td><details><summary>{{ t('audit.details') }}</summary>
            <div class="two-columns"><div><b>{{ t('audit.before') }}</b><pre>{{ json(e.before) }}</pre></div>
              <div><b>{{ t('audit.after') }}</b><pre>{{ json(e.after) }}</pre></div></div></details></td>
        </tr>
        <tr v-if="!entries.length"><td colspan="5" class="muted">{{ t('audit.none') }}</td></tr>
      </tbody>
    </table>
    <button v-if="next" type="button" @click="load(true)">{{ t('action.more') }}</button>
  </div>`,
};
