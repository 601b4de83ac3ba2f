// The user's own profile: name, e-mail, mobile, language, time zone, date format; and the password.
import { reactive, ref, onMounted } from 'vue';
import { t, setLocale, LANGUAGES } from '../i18n.js';
import { api } from '../api.js';
import { session, updateUser } from '../session.js';
import { ErrorBanner, FieldError, Notice } from './common.js';

const PROFILE_FIELDS = ['displayName', 'email', 'mobile', 'language', 'timeZone', 'dateFormat'];

export default {
  components: { ErrorBanner, FieldError, Notice },
  setup() {
    const form = reactive({});
    const error = ref(null);
    const notice = ref('');
    const pw = reactive({ currentPassword: '', newPassword: '', repeat: '' });
    const pwError = ref(null);
    const pwNotice = ref('');
    function fill(user) {
      PROFILE_FIELDS.forEach(f => { form[f] = user?.[f] ?? ''; });
    }
    onMounted(async () => {
      fill(session.user);
      try {
        const me = await api.get('/me');
        updateUser(me);
        fill(me);
      } catch (e) {
        error.value = e;
      }
    });
    async function save() {
      error.value = null;
      notice.value = '';
      const body = {};
      PROFILE_FIELDS.forEach(f => {
        const v = String(form[f] ?? '').trim();
        body[f] = v === '' ? null : v;
      });
      try {
        const me = await api.patch('/me', body);
        updateUser(me);
        setLocale(me.language || form.language);
        notice.value = t('profile.saved');
      } catch (e) {
        error.value = e;
      }
    }
    async function changePassword() {
      pwError.value = null;
      pwNotice.value = '';
      if (pw.newPassword !== pw.repeat) {
        pwError.value = { message: t('profile.passwordsDiffer'), fields: { repeat: t('profile.passwordsDiffer') } };
        return;
      }
      try {
        await api.post('/me/password', { currentPassword: pw.currentPassword, newPassword: pw.newPassword });
        Object.assign(pw, { currentPassword: '', newPassword: '', repeat: '' });
        pwNotice.value = t('profile.passwordChanged');
      } catch (e) {
        pwError.value = e;
      }
    }
    return { t, form, error, notice, save, pw, pwError, pwNotice, changePassword, LANGUAGES, session };
  },
  template: `
  <div class="screen profile">
    <h2>{{ t('nav.profile') }}</h2>
    <div class="two-columns">
      <form class="card form-grid" @submit.prevent="save" data-test="profile-form">
        <h3 class="span-all">{{ t('profile.details') }}
          <small class="muted">{{ session.user.username }}<template v-if="session.user.extension">
            · {{ t('profile.extension') }} {{ session.user.extension }}</template></small></h3>
        <label>{{ t('profile.displayName') }}<input name="displayName" v-model="form.displayName">
          <FieldError :error="error" name="displayName" /></label>
        <label>{{ t('contact.email') }}<input name="email" type="email" v-model="form.email">
          <FieldError :error="error" name="email" /></label>
        <label>{{ t('contact.mobilePhone') }}<input name="mobile" type="tel" v-model="form.mobile">
          <FieldError :error="error" name="mobile" /></label>
        <label>{{ t('profile.language') }}
          <select name="language" v-model="form.language">
            <option v-for="l in LANGUAGES" :key="l" :value="l">{{ t('language.' + l) }}</option>
          </select><FieldError :error="error" name="language" /></label>
        <label>{{ t('profile.timeZone') }}<input name="timeZone" v-model="form.timeZone" placeholder="Europe/Rome">
          <FieldError :error="error" name="timeZone" /></label>
        <label>{{ t('profile.dateFormat') }}<input name="dateFormat" v-model="form.dateFormat" placeholder="dd/MM/yyyy">
          <FieldError :error="error" name="dateFormat" /></label>
        <ErrorBanner class="span-all" :error="error" /><Notice class="span-all" :text="notice" />
        <div class="actions span-all"><button type="submit" class="primary">{{ t('action.save') }}</button></div>
      </form>
      <form class="card form-grid" @submit.prevent="changePassword" data-test="password-form">
        <h3 class="span-all">{{ t('profile.password') }}</h3>
        <label class="span-all">{{ t('profile.currentPassword') }}
          <input name="currentPassword" type="password" v-model="pw.currentPassword" autocomplete="current-password">
          <FieldError :error="pwError" name="currentPassword" /></label>
        <label class="span-all">{{ t('profile.newPassword') }}
          <input name="newPassword" type="password" v-model="pw.newPassword" autocomplete="new-password" minlength="10">
          <FieldError :error="pwError" name="newPassword" /></label>
        <label class="span-all">{{ t('profile.repeatPassword') }}
          <input name="repeat" type="password" v-model="pw.repeat" autocomplete="new-password">
          <FieldError :error="pwError" name="repeat" /></label>
        <ErrorBanner class="span-all" :error="pwError" /><Notice class="span-all" :text="pwNotice" />
        <div class="actions span-all"><button type="submit" class="primary">{{ t('profile.changePassword') }}</button></div>
      </form>
    </div>
  </div>`,
};
