// One search across the three phonebooks (internal, shared, personal and colleagues' public contacts). A hit's
// name is a button (reached with Tab, opened with Enter) that shows the whole contact in a dialog.
import { ref, watch } from 'vue';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { presence } from '../presence.js';
import { ErrorBanner, PresenceBadge } from './common.js';
import ContactDetails from './ContactDetails.js';

export default {
  components: { ErrorBanner, PresenceBadge, ContactDetails },
  props: { q: { type: String, required: true } },
  setup(props) {
    const items = ref([]);
    const error = ref(null);
    const searched = ref(false);
    const opened = ref(null);
    let timer = null;
    let asked = 0;
    async function search() {
      const mine = ++asked;
      try {
        const answer = await api.get('/phonebook/search', { q: props.q, limit: 100 });
        if (mine === asked) {      // an older, slower answer must not overwrite a newer one
          items.value = answer.items || [];
          error.value = null;
          searched.value = true;
        }
      } catch (e) {
        error.value = e;
      }
    }
    watch(() => props.q, () => {
      clearTimeout(timer);
      timer = setTimeout(search, 200);
    }, { immediate: true });
    const stateOf = item => presence.byExtension[item.number] || item.presence || null;
    return { t, items, error, searched, opened, stateOf };
  },
  template: `
  <section>
    <ErrorBanner :error="error" />
    <table class="grid-table" data-test="search-results">
      <thead><tr><th>{{ t('contact.name') }}</th><th>{{ t('contact.company') }}</th>
        <th>{{ t('contact.phones') }}</th><th>{{ t('search.source') }}</th></tr></thead>
      <tbody>
        <tr v-for="item in items" :key="item.source + (item.id || item.number)" :data-result="item.name">
          <td><button type="button" class="link" @click="opened = item" data-test="open"
                      :aria-label="t('contact.open', { name: item.name })">{{ item.name }}</button></td>
          <td>{{ item.company }}</td>
          <td class="phones"><a v-for="n in item.numbers || []" :key="n.kind + n.number" :href="'tel:' + n.number"
              :title="n.kind">{{ n.number }}</a>
            <a v-if="item.email" :href="'mailto:' + item.email">{{ item.email }}</a></td>
          <td><span class="source" :class="'source-' + item.source">{{ t('source.' + item.source) }}</span>
            <PresenceBadge v-if="item.source === 'internal' && stateOf(item)" :state="stateOf(item)" /></td>
        </tr>
        <tr v-if="searched && !items.length"><td colspan="4" class="muted">{{ t('search.none', { q }) }}</td></tr>
      </tbody>
    </table>
    <ContactDetails v-if="opened" :hit="opened" @close="opened = null" />
  </section>`,
};
