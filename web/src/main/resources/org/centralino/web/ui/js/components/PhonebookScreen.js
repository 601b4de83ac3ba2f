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
    // arrow keys move between tabs, Home and End go to the first and last (WAI-ARIA tabs pattern); the tab
    // that gets the focus is also shown, so the panel follows the keyboard
    function onTabKey(event, index) {
      const moves = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 };
      if (!(event.key in moves)) {
        return;
      }
      event.preventDefault();
      tab.value = TABS[(moves[event.key] + TABS.length) % TABS.length];
      event.currentTarget.parentElement.children[TABS.indexOf(tab.value)].focus();
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
                :id="'tab-' + name" aria-controls="phonebook-panel"
                @keydown="onTabKey($event, i)">{{ t('phonebook.' + name) }}</button>
      </div>
      <div id="phonebook-panel" role="tabpanel" :aria-labelledby="'tab-' + tab">
        <InternalTab v-if="tab === 'internal'" />
        <ContactsTab v-else-if="tab === 'shared'" key="shared" book="shared" :editable="sharedEditable" />
        <ContactsTab v-else key="personal" book="personal" :editable="true" />
      </div>
    </template>
  </div>`,
};
