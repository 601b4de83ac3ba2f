// Every extension with its live state: the list from the directory, the state from the event stream. Each card
// shows the extension's mobile and e-mail when the API gives them; numbers are tel: links with a copy button.
import { ref, onMounted, onBeforeUnmount } from 'vue';
import { t, CATALOGUES } from '../i18n.js';
import { listAll } from '../api.js';
import { stream } from '../session.js';
import { presence, startPresence } from '../presence.js';
import { ErrorBanner, PresenceBadge } from './common.js';
import CopyButton from './CopyButton.js';

/** The extension's mobile: its own field, or the mobile among its numbers. */
export function mobileOf(entry) {
  return entry.mobile || (entry.numbers || []).find(n => n.kind === 'mobile')?.number || null;
}

/** Numbers other than the extension itself and its mobile (both shown on their own). */
export function otherNumbers(entry) {
  const mobile = mobileOf(entry);
  return (entry.numbers || []).filter(n => n.number !== entry.number && n.number !== mobile && n.kind !== 'mobile');
}

/** A number's kind (work, mobile, home) as the contact form names it; an unknown kind as the API wrote it. */
export function kindLabel(kind) {
  const key = 'contact.' + kind + 'Phone';
  return key in CATALOGUES.en ? t(key) : kind;
}

export default {
  components: { ErrorBanner, PresenceBadge, CopyButton },
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
    return { t, entries, error, stateOf, mobileOf, otherNumbers, kindLabel };
  },
  template: `
  <section>
    <ErrorBanner :error="error" />
    <div class="presence-grid" data-test="internal">
      <article v-for="e in entries" :key="e.number" class="extension-card" :class="'state-' + (stateOf(e) || 'unknown')"
               :data-extension="e.number">
        <div class="ext-number"><a :href="'tel:' + e.number" :aria-label="t('internal.call', { number: e.number })"
          data-test="call">{{ e.number }}</a></div>
        <div class="ext-name">{{ e.name }}</div>
        <PresenceBadge v-if="stateOf(e)" :state="stateOf(e)" />
        <dl class="ext-contacts">
          <div v-if="mobileOf(e)" data-test="mobile"><dt>{{ t('internal.mobile') }}</dt>
            <dd><a :href="'tel:' + mobileOf(e)">{{ mobileOf(e) }}</a> <CopyButton :text="mobileOf(e)" /></dd></div>
          <div v-for="n in otherNumbers(e)" :key="n.kind + n.number"><dt>{{ kindLabel(n.kind) }}</dt>
            <dd><a :href="'tel:' + n.number">{{ n.number }}</a> <CopyButton :text="n.number" /></dd></div>
          <div v-if="e.email" data-test="email"><dt>{{ t('internal.email') }}</dt>
            <dd><a :href="'mailto:' + e.email">{{ e.email }}</a> <CopyButton :text="e.email" /></dd></div>
        </dl>
      </article>
      <p v-if="!entries.length" class="muted">{{ t('phonebook.empty') }}</p>
    </div>
  </section>`,
};
