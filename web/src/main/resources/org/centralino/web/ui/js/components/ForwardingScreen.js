// Do-not-disturb and call forwarding of the user's extension (or, for those who manage extensions, of any
// they may manage). The same state the phone codes set: kept in sync through forwarding.changed events.
import { ref, reactive, computed, onMounted, onBeforeUnmount } from 'vue';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { session, stream, managesExtensions } from '../session.js';
import { ErrorBanner, FieldError, Notice } from './common.js';

export const RULES = ['unconditional', 'busy', 'noAnswer', 'unreachable'];
export const TARGETS = ['extension', 'number', 'mobile', 'voicemail'];

function blankRule() {
  return { enabled: false, target: { type: 'extension', number: '' }, afterSeconds: 20 };
}

export default {
  components: { ErrorBanner, FieldError, Notice },
  setup() {
    const own = session.user?.extension || '';
    const extension = ref(own);
    const state = ref(null);
    const form = reactive({});
    const error = ref(null);
    const notice = ref('');
    const path = computed(() => (extension.value === own ? '/me/forwarding'
      : `/extensions/${encodeURIComponent(extension.value)}/forwarding`));
    function fill(answer) {
      state.value = answer;
      RULES.forEach(rule => {
        const r = answer[rule] || blankRule();
        form[rule] = { enabled: Boolean(r.enabled), afterSeconds: r.afterSeconds ?? 20,
          target: { type: r.target?.type || 'extension', number: r.target?.number || '' } };
      });
    }
    async function load() {
      error.value = null;
      if (!extension.value) {
        return;
      }
      try {
        fill(await api.get(path.value));
      } catch (e) {
        state.value = null;
        error.value = e;
      }
    }
    async function toggleDnd() {
      error.value = null;
      try {
        fill(await api.patch(path.value, { dnd: !state.value.dnd }));
      } catch (e) {
        error.value = e;
      }
    }
    // a rule keeps its target while off; a target that needs a number is sent only once it has one
    function ruleBody(rule) {
      const r = form[rule];
      const needsNumber = ['extension', 'number'].includes(r.target.type);
      const number = r.target.number.trim();
      const out = { enabled: r.enabled };
      if (!needsNumber) {
        out.target = { type: r.target.type };
      } else if (number !== '' || r.enabled) {
        out.target = { type: r.target.type, number };
      }
      if (rule === 'noAnswer') {
        out.afterSeconds = Number(r.afterSeconds);
      }
      return out;
    }
    async function save() {
      error.value = null;
      notice.value = '';
      const body = {};
      RULES.forEach(rule => { body[rule] = ruleBody(rule); });
      try {
        fill(await api.patch(path.value, body, { ifMatch: state.value.version }));
        notice.value = t('forwarding.saved');
      } catch (e) {
        error.value = e;
      }
    }
    // another browser, the phone (*-codes) or an administrator changed it: show the new state
    function changed(data) {
      if (!state.value || (data.extension && data.extension !== extension.value)) {
        return;
      }
      if (data.extension || extension.value === own) {
        if ('dnd' in data && RULES.every(r => r in data)) {
          fill(data);
        } else {
          load();
        }
      }
    }
    const offs = [];
    onMounted(() => {
      load();
      offs.push(stream.on('forwarding.changed', changed));
      offs.push(stream.on('presence.changed', d => { if (d.extension === extension.value) load(); }));
      offs.push(stream.onReset(load));
    });
    onBeforeUnmount(() => offs.forEach(off => off()));
    return { t, extension, state, form, error, notice, load, toggleDnd, save, RULES, TARGETS,
      canPick: managesExtensions() };
  },
  template: `
  <div class="screen forwarding">
    <div class="screen-head">
      <h2>{{ t('nav.forwarding') }}</h2>
      <form v-if="canPick" class="inline" @submit.prevent="load">
        <label class="inline">{{ t('forwarding.extension') }}
          <input v-model="extension" size="8" data-test="fw-extension"></label>
        <button type="submit">{{ t('action.show') }}</button>
      </form>
    </div>
    <ErrorBanner :error="error" />
    <template v-if="state">
      <section class="card dnd" :class="{ on: state.dnd }">
        <div>
          <h3>{{ t('forwarding.dnd') }}</h3>
          <p class="muted">{{ state.dnd ? t('forwarding.dndOn') : t('forwarding.dndOff') }}</p>
        </div>
        <button type="button" class="toggle" role="switch" :aria-checked="state.dnd" @click="toggleDnd"
                data-test="dnd-toggle">{{ state.dnd ? t('forwarding.turnOff') : t('forwarding.turnOn') }}</button>
      </section>
      <form class="card rules" @submit.prevent="save" data-test="forwarding-form">
        <fieldset v-for="rule in RULES" :key="rule" class="rule" :data-rule="rule">
          <legend><label class="inline"><input type="checkbox" v-model="form[rule].enabled" :name="rule + '.enabled'">
            {{ t('forwarding.' + rule) }}</label></legend>
          <label class="inline">{{ t('forwarding.to') }}
            <select v-model="form[rule].target.type" :name="rule + '.type'" :disabled="!form[rule].enabled">
              <option v-for="type in TARGETS" :key="type" :value="type">{{ t('forwarding.target.' + type) }}</option>
            </select></label>
          <label v-if="['extension', 'number'].includes(form[rule].target.type)" class="inline">{{ t('history.number') }}
            <input v-model="form[rule].target.number" :name="rule + '.number'" size="14" :disabled="!form[rule].enabled"></label>
          <label v-if="rule === 'noAnswer'" class="inline">{{ t('forwarding.after') }}
            <input type="number" min="5" max="300" v-model="form[rule].afterSeconds" name="noAnswer.afterSeconds"
                   :disabled="!form[rule].enabled" style="width:5em"> s</label>
          <FieldError :error="error" :name="rule" />
          <FieldError :error="error" :name="rule + '.target'" />
          <FieldError :error="error" :name="rule + '.target.number'" />
        </fieldset>
        <Notice :text="notice" />
        <div class="actions"><button type="submit" class="primary">{{ t('action.save') }}</button></div>
      </form>
    </template>
    <p v-else-if="!extension" class="muted">{{ t('forwarding.noExtension') }}</p>
  </div>`,
};
