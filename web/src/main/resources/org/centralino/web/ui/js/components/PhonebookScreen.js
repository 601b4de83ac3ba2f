// The phonebook: Internal (live state), Shared (company), Personal; one search box across all three.
import { ref, computed } from 'vue';
import { t } from '../i18n.js';
import { canEditShared } from '../session.js';
import InternalTab from './InternalTab.js';
import ContactsTab from './ContactsTab.js';
import SearchResults from './SearchResults.js';

const TABS = ['internal', 'shared', 'personal'];

export default {
  components: { InternalTab, ContactsTab, SearchResults },
  setup() {
    const tab = ref('internal');
    const q = ref('');
    const searching = computed(() => q.value.trim().length > 0);
    function onTabKey(event, index) {
      // arrow keys move between tabs (WAI-ARIA tabs pattern)
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (step) {
        tab.value = TABS[(index + step + TABS.length) % TABS.length];
        event.currentTarget.parentElement.children[TABS.indexOf(tab.value)].focus();
      }
    }
    return { t, tab, q, searching, TABS, onTabKey, sharedEditable: computed(canEditShared) };
  },
  template: `
  <div class="screen phonebook">
    <div class="screen-head">
      <h2>{{ t('nav.phonebook') }}</h2>
      <input type="search" class="search" v-model="q" data-search :placeholder="t('search.placeholder')"
             :aria-label="t('search.placeholder')" @keydown.esc="q = ''">
    </div>
    <SearchResults v-if="searching" :q="q.trim()" />
    <template v-else>
      <div class="tabs" role="tablist">
        <button v-for="(name, i) in TABS" :key="name" type="button" role="tab" :aria-selected="tab === name"
                :tabindex="tab === name ? 0 : -1" :data-tab="name" @click="tab = name"
                @keydown="onTabKey($event, i)">{{ t('phonebook.' + name) }}</button>
      </div>
      <InternalTab v-if="tab === 'internal'" />
      <ContactsTab v-else-if="tab === 'shared'" key="shared" book="shared" :editable="sharedEditable" />
      <ContactsTab v-else key="personal" book="personal" :editable="true" />
    </template>
  </div>`,
};
