// The screens and who sees them. The hash names the screen (#/phonebook), so reload and Back work without a
// server-side router.
import { session, isAdmin, managesExtensions, seesEveryone } from './session.js';
import PhonebookScreen from './components/PhonebookScreen.js';
import HistoryScreen from './components/HistoryScreen.js';
import ForwardingScreen from './components/ForwardingScreen.js';
import ProfileScreen from './components/ProfileScreen.js';
import ExtensionsScreen from './admin/ExtensionsScreen.js';
import UsersScreen from './admin/UsersScreen.js';
import GroupsScreen from './admin/GroupsScreen.js';
import ScopesScreen from './admin/ScopesScreen.js';
import AuditScreen from './admin/AuditScreen.js';

const hasExtension = () => Boolean(session.user?.extension);

export const ROUTES = [
  { path: 'phonebook', label: 'nav.phonebook', component: PhonebookScreen, allowed: () => true },
  { path: 'history', label: 'nav.history', component: HistoryScreen, allowed: () => hasExtension() || seesEveryone() },
  { path: 'forwarding', label: 'nav.forwarding', component: ForwardingScreen,
    allowed: () => hasExtension() || managesExtensions() },
  { path: 'profile', label: 'nav.profile', component: ProfileScreen, allowed: () => true },
  { path: 'admin/extensions', label: 'nav.extensions', component: ExtensionsScreen, allowed: managesExtensions,
    admin: true },
  { path: 'admin/users', label: 'nav.users', component: UsersScreen, allowed: isAdmin, admin: true },
  { path: 'admin/groups', label: 'nav.groups', component: GroupsScreen, allowed: isAdmin, admin: true },
  { path: 'admin/scopes', label: 'nav.scopes', component: ScopesScreen, allowed: isAdmin, admin: true },
  { path: 'admin/audit', label: 'nav.audit', component: AuditScreen, allowed: isAdmin, admin: true },
];

/** The screen for a hash, falling back to the phonebook (every user has it). */
export function routeFor(hash) {
  const path = hash.replace(/^#\/?/, '');
  return ROUTES.find(r => r.path === path && r.allowed()) || ROUTES[0];
}
