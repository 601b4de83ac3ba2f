// One search hit opened: a contact of a phonebook (loaded in full, as the user may see it) or an extension, with
// its numbers as tel: links to call and buttons to copy them.
import { ref, computed, onMounted } from 'vue';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { ErrorBanner } from './common.js';
import ModalDialog from './ModalDialog.js';
import CopyButton from './CopyButton.js';
import { kindLabel } from './InternalTab.js';

const PATHS = { shared: '/phonebook/shared', personal: '/contacts', public: '/contacts' };
const TEXT_FIELDS = ['company', 'department', 'title'];
const PHONE_FIELDS = ['workPhone', 'mobilePhone', 'homePhone'];

export default {
  components: { ErrorBanner, ModalDialog, CopyButton },
  props: { hit: { type: Object, required: true } },
  emits: ['close'],
  setup(props) {
    const contact = ref(null);
    const error = ref(null);
    onMounted(async () => {
      if (!PATHS[props.hit.source] || !props.hit.id) {
        return;          // an extension: the hit has all there is to show
      }
      try {
        contact.value = await api.get(`${PATHS[props.hit.source]}/${props.hit.id}`);
      } catch (e) {
        error.value = e;
      }
    });
    // what to list: the contact's fields once loaded, else what the hit itself says
    const rows = computed(() => {
      const c = contact.value;
      if (!c) {
        const out = (props.hit.numbers || []).map(n => ({ label: kindLabel(n.kind), value: n.number, tel: true }));
        if (props.hit.company) {
          out.unshift({ label: t('contact.company'), value: props.hit.company });
        }
        if (props.hit.email) {
          out.push({ label: t('contact.email'), value: props.hit.email, mail: true });
        }
        return out;
      }
      return [
        ...TEXT_FIELDS.filter(f => c[f]).map(f => ({ label: t('contact.' + f), value: c[f] })),
        ...PHONE_FIELDS.filter(f => c[f]).map(f => ({ label: t('contact.' + f), value: c[f], tel: true })),
        ...(c.email ? [{ label: t('contact.email'), value: c.email, mail: true }] : []),
        ...(c.notes ? [{ label: t('contact.notes'), value: c.notes }] : []),
      ];
    });
    return { t, error, rows };
  },
  template: `
  <ModalDialog :title="hit.name || hit.number || t('contact.details')" @close="$emit('close')">
    <ErrorBanner :error="error" />
    <dl class="details" data-test="contact-details">
      <template v-for="r in rows" :key="r.label + r.value">
        <dt>{{ r.label }}</dt>
        <dd v-if="r.tel"><a :href="'tel:' + r.value">{{ r.value }}</a> <CopyButton :text="r.value" /></dd>
        <dd v-else-if="r.mail"><a :href="'mailto:' + r.value">{{ r.value }}</a> <CopyButton :text="r.value" /></dd>
        <dd v-else class="pre">{{ r.value }}</dd>
      </template>
    </dl>
  </ModalDialog>`,
};
