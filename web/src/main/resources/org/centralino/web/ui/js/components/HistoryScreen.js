// The user's call history: incoming, outgoing, missed; search by number or name; one day at a time or all.
import { ref, reactive, watch, onMounted } from 'vue';
import { t, formatDateTime } from '../i18n.js';
import { api } from '../api.js';
import { session, seesEveryone } from '../session.js';
import { ErrorBanner } from './common.js';

const DIRECTIONS = ['', 'in', 'out', 'missed'];

export default {
  components: { ErrorBanner },
  setup() {
    const filter = reactive({ direction: '', q: '', day: '', extension: '' });
    const calls = ref([]);
    const next = ref(null);
    const error = ref(null);
    let timer = null;
    async function load(more = false) {
      error.value = null;
      try {
        const page = await api.get('/me/calls', { direction: filter.direction, q: filter.q.trim(),
          day: filter.day, extension: filter.extension.trim(), limit: 100, cursor: more ? next.value : null });
        calls.value = more ? [...calls.value, ...(page.items || [])] : page.items || [];
        next.value = page.nextCursor || null;
      } catch (e) {
        error.value = e;
      }
    }
    onMounted(() => load());
    watch(() => [filter.direction, filter.day], () => load());
    watch(() => [filter.q, filter.extension], () => {
      clearTimeout(timer);
      timer = setTimeout(load, 250);
    });
    const duration = s => (s == null ? '' : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`);
    const when = call => formatDateTime(call.startedAt, session.user?.timeZone, session.user?.dateFormat);
    // a missed call is an incoming one nobody answered: shown as missed
    const dirOf = call => (call.missed ? 'missed' : String(call.direction || '').toLowerCase());
    const other = call => call.otherNumber ?? '';
    const otherName = call => call.otherName ?? '';
    return { t, filter, calls, next, error, load, DIRECTIONS, duration, when, dirOf, other, otherName,
      operator: seesEveryone() };
  },
  template: `
  <div class="screen history">
    <div class="screen-head">
      <h2>{{ t('nav.history') }}</h2>
      <input type="search" class="search" v-model="filter.q" data-search :placeholder="t('history.search')"
             :aria-label="t('history.search')">
    </div>
    <div class="toolbar">
      <div class="segmented" role="group" :aria-label="t('history.direction')">
        <button v-for="d in DIRECTIONS" :key="d || 'all'" type="button" :aria-pressed="filter.direction === d"
                :data-direction="d || 'all'" @click="filter.direction = d">{{ t('history.dir.' + (d || 'all')) }}</button>
      </div>
      <label class="inline">{{ t('history.day') }} <input type="date" v-model="filter.day" data-test="day"></label>
      <button v-if="filter.day" type="button" @click="filter.day = ''">{{ t('history.allDays') }}</button>
      <label v-if="operator" class="inline">{{ t('history.extension') }}
        <input v-model="filter.extension" size="6" data-test="extension"></label>
    </div>
    <ErrorBanner :error="error" />
    <table class="grid-table" data-test="calls">
      <thead><tr><th>{{ t('history.when') }}</th><th>{{ t('history.direction') }}</th>
        <th>{{ t('history.number') }}</th><th>{{ t('contact.name') }}</th><th>{{ t('history.duration') }}</th></tr></thead>
      <tbody>
        <tr v-for="c in calls" :key="c.id" :class="'call-' + dirOf(c)" :data-call="dirOf(c)">
          <td>{{ when(c) }}</td>
          <td><span class="direction" :class="'dir-' + dirOf(c)">{{ t('history.dir.' + dirOf(c)) }}</span></td>
          <td><a :href="'tel:' + other(c)">{{ other(c) }}</a></td>
          <td>{{ otherName(c) }}</td>
          <td>{{ c.answered ? duration(c.talkSeconds ?? c.durationSeconds) : '' }}</td>
        </tr>
        <tr v-if="!calls.length"><td colspan="5" class="muted">{{ t('history.none') }}</td></tr>
      </tbody>
    </table>
    <button v-if="next" type="button" @click="load(true)">{{ t('action.more') }}</button>
  </div>`,
};
