// One group: its name, whether everyone is a member, the members with their group role, and the rights
// matrix (seed 002): for each group role, which rights its members have.
import { reactive, ref } from 'vue';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { ErrorBanner, FieldError } from '../components/common.js';

export const RIGHTS = ['SEE_MEMBERS', 'SEE_CALLS', 'SHOW_PRESENCE', 'SHOW_CALLS', 'OPERATE_CALLS', 'BARGE',
  'INTERCOM', 'PARK', 'IVR_CONTROL', 'MANAGE_PHONEBOOK'];
export const GROUP_ROLES = ['MEMBER', 'MANAGER'];

export default {
  components: { ErrorBanner, FieldError },
  props: { group: { type: Object, default: null } },
  emits: ['saved', 'cancel'],
  setup(props, { emit }) {
    const g = props.group;
    const form = reactive({
      name: g?.name ?? '',
      everyone: Boolean(g?.everyone),
      members: (g?.members || []).map(m => ({ extension: m.extension ?? m.number, role: m.role || 'MEMBER' })),
      rights: Object.fromEntries(GROUP_ROLES.map(r => [r, [...(g?.rights?.[r] || [])]])),
    });
    const newMember = reactive({ extension: '', role: 'MEMBER' });
    const error = ref(null);
    function addMember() {
      const ext = newMember.extension.trim();
      if (ext && !form.members.some(m => m.extension === ext)) {
        form.members.push({ extension: ext, role: newMember.role });
      }
      newMember.extension = '';
    }
    async function save() {
      error.value = null;
      const body = { name: form.name.trim(), everyone: form.everyone, members: form.members, rights: form.rights };
      try {
        emit('saved', g ? await api.patch(`/groups/${g.id}`, body, { ifMatch: g.version })
          : await api.post('/groups', body));
      } catch (e) {
        error.value = e;
      }
    }
    return { t, form, newMember, error, addMember, save, RIGHTS, GROUP_ROLES };
  },
  template: `
  <form class="card group-editor" @submit.prevent="save" @keydown.esc="$emit('cancel')" data-test="group-form">
    <h3>{{ group ? t('groups.edit', { name: group.name }) : t('groups.add') }}</h3>
    <div class="form-grid">
      <label>{{ t('groups.name') }}<input name="name" v-model="form.name" required>
        <FieldError :error="error" name="name" /></label>
      <label class="inline"><input type="checkbox" v-model="form.everyone" name="everyone"> {{ t('groups.everyone') }}</label>
    </div>
    <div class="two-columns">
      <section>
        <h4>{{ t('groups.members') }}</h4>
        <p v-if="form.everyone" class="muted">{{ t('groups.everyoneNote') }}</p>
        <table class="grid-table compact">
          <tbody>
            <tr v-for="(m, i) in form.members" :key="m.extension">
              <td>{{ m.extension }}</td>
              <td><select v-model="m.role" :aria-label="t('groups.role')">
                <option v-for="r in GROUP_ROLES" :key="r" :value="r">{{ t('groupRole.' + r) }}</option></select></td>
              <td><button type="button" class="danger" @click="form.members.splice(i, 1)">{{ t('action.remove') }}</button></td>
            </tr>
          </tbody>
        </table>
        <div class="inline">
          <input v-model="newMember.extension" :placeholder="t('extensions.number')" size="8"
                 @keydown.enter.prevent="addMember" data-test="member-number">
          <select v-model="newMember.role"><option v-for="r in GROUP_ROLES" :key="r" :value="r">{{ t('groupRole.' + r) }}</option></select>
          <button type="button" @click="addMember">{{ t('action.add') }}</button>
        </div>
        <FieldError :error="error" name="members" />
      </section>
      <section>
        <h4>{{ t('groups.rights') }}</h4>
        <table class="grid-table compact rights">
          <thead><tr><th></th><th v-for="r in GROUP_ROLES" :key="r">{{ t('groupRole.' + r) }}</th></tr></thead>
          <tbody>
            <tr v-for="right in RIGHTS" :key="right">
              <td>{{ t('right.' + right) }}</td>
              <td v-for="r in GROUP_ROLES" :key="r"><input type="checkbox" :value="right" v-model="form.rights[r]"
                :aria-label="t('right.' + right) + ' — ' + t('groupRole.' + r)"></td>
            </tr>
          </tbody>
        </table>
        <FieldError :error="error" name="rights" />
      </section>
    </div>
    <ErrorBanner :error="error" />
    <div class="actions">
      <button type="submit" class="primary" data-test="save">{{ t('action.save') }}</button>
      <button type="button" @click="$emit('cancel')">{{ t('action.cancel') }}</button>
    </div>
  </form>`,
};
