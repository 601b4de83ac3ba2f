// Administration of groups of extensions and their rights.
import { ref, onMounted } from 'vue';
import { t } from '../i18n.js';
import { api, listAll } from '../api.js';
import { ErrorBanner, Notice } from '../components/common.js';
import GroupEditor from './GroupEditor.js';

export default {
  components: { ErrorBanner, Notice, GroupEditor },
  setup() {
    const groups = ref([]);
    const editing = ref(null);
    const error = ref(null);
    const notice = ref('');
    async function load() {
      try {
        groups.value = await listAll('/groups');
      } catch (e) {
        error.value = e;
      }
    }
    onMounted(load);
    async function saved(group) {
      notice.value = t('groups.saved', { name: group.name });
      editing.value = null;
      await load();
    }
    async function remove(group) {
      if (!confirm(t('groups.confirmDelete', { name: group.name }))) {
        return;
      }
      error.value = null;
      try {
        await api.del(`/groups/${group.id}`, { ifMatch: group.version });
        notice.value = t('groups.deleted', { name: group.name });
        await load();
      } catch (e) {
        error.value = e;
      }
    }
    return { t, groups, editing, error, notice, saved, remove };
  },
  template: `
  <div class="screen groups">
    <div class="screen-head"><h2>{{ t('nav.groups') }}</h2></div>
    <div class="toolbar"><button type="button" class="primary" @click="editing = 'new'">{{ t('groups.add') }}</button></div>
    <Notice :text="notice" /><ErrorBanner :error="error" />
    <GroupEditor v-if="editing" :key="editing === 'new' ? 'new' : editing.id"
      :group="editing === 'new' ? null : editing" @saved="saved" @cancel="editing = null" />
    <table class="grid-table" data-test="groups">
      <thead><tr><th>{{ t('groups.name') }}</th><th>{{ t('groups.members') }}</th><th>{{ t('groups.rights') }}</th>
        <th><span class="sr-only">{{ t('action.actions') }}</span></th></tr></thead>
      <tbody>
        <tr v-for="g in groups" :key="g.id" :data-group="g.name">
          <td>{{ g.name }}</td>
          <td>{{ g.everyone ? t('groups.everyone') : (g.members || []).map(m => m.extension ?? m.number).join(', ') }}</td>
          <td><span v-for="(rights, role) in g.rights || {}" :key="role" class="rights-summary">
            <b>{{ t('groupRole.' + role) }}:</b> {{ rights.map(r => t('right.' + r)).join(', ') || '—' }}</span></td>
          <td class="row-actions">
            <button type="button" @click="editing = g">{{ t('action.edit') }}</button>
            <button type="button" class="danger" @click="remove(g)">{{ t('action.delete') }}</button>
          </td>
        </tr>
      </tbody>
    </table>
  </div>`,
};
