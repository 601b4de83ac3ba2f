// Every extension with its live state: the list from the directory, the state from the event stream.
import { ref, onMounted, onBeforeUnmount } from 'vue';
import { t } from '../i18n.js';
import { listAll } from '../api.js';
import { stream } from '../session.js';
import { presence, startPresence } from '../presence.js';
import { ErrorBanner, PresenceBadge } from './common.js';

export default {
  components: { ErrorBanner, PresenceBadge },
  setup() {
    const entries = ref([]);
    const error = ref(null);
    async function load() {
      try {
        entries.value = await listAll('/phonebook/internal');
      } catch (e) {
        error.value = e;
      }
    }
    let offReset = () => {};
    onMounted(() => {
      startPresence();
      load();
      offReset = stream.onReset(load);
    });
    onBeforeUnmount(() => offReset());
    // null: the server does not show this user that extension's state (no badge rather than a wrong one)
    const stateOf = e => presence.byExtension[e.number] || e.presence || null;
    return { t, entries, error, stateOf };
  },
  template: `
  <section>
    <ErrorBanner :error="error" />
    <div class="presence-grid" data-test="internal">
      <article v-for="e in entries" :key="e.number" class="extension-card" :class="'state-' + (stateOf(e) || 'unknown')"
               :data-extension="e.number">
        <div class="ext-number">{{ e.number }}</div>
        <div class="ext-name">{{ e.name }}</div>
        <PresenceBadge v-if="stateOf(e)" :state="stateOf(e)" />
        <div class="ext-contacts">
          <a v-for="n in (e.numbers || []).filter(n => n.number !== e.number)" :key="n.kind + n.number"
             :href="'tel:' + n.number" :title="n.kind">{{ n.number }}</a>
          <a v-if="e.email" :href="'mailto:' + e.email">{{ e.email }}</a>
        </div>
      </article>
      <p v-if="!entries.length" class="muted">{{ t('phonebook.empty') }}</p>
    </div>
  </section>`,
};
