import type { CollectionConfig } from 'payload'

import { adminOrSelf, isAdmin, isAdminField, roles, signedIn } from '../../src/access'
import { adminLanguages, defaultLocale, groups, l, localeCodes, localeNames, mailWords } from '../../src/i18n'
import { stopPasswordCheck } from '../../src/lib/passwords'
import { firstUserIsAdmin, rememberAdminLanguage } from './hooks'
import { forgotPassword, refuseUnknownResetToken } from './passwordReset'
import { checkPasswordChange, currentPasswordField } from './password'

export const roleLabels = {
  admin: l('مدير النظام', 'Administrator', 'Administrator'),
  editor: l('محرر', 'Redaktor', 'Editor'),
  author: l('كاتب', 'Müəllif', 'Author'),
  translator: l('مترجم', 'Tərcüməçi', 'Translator'),
} as const

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: { singular: l('مستخدم', 'İstifadəçi', 'User'), plural: l('المستخدمون', 'İstifadəçilər', 'Users') },
  auth: {
    tokenExpiration: 60 * 60 * 8,
    // Failed sign-ins are counted and throttled per address and account (src/signin), not by
    // Payload's per-account lock, which anyone could trigger for anyone.
    maxLoginAttempts: 0,
    forgotPassword,
  },
  admin: {
    group: groups.admin,
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles', 'translatorLocales', 'updatedAt'],
    listSearchableFields: ['name', 'email'],
  },
  access: {
    // The first user is created through Payload's first-register screen, which needs no access.
    admin: signedIn,
    create: isAdmin,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [checkPasswordChange, refuseUnknownResetToken],
    beforeChange: [firstUserIsAdmin],
    // First: it ends the logins that only check a current password (src/lib/passwords.ts).
    beforeLogin: [stopPasswordCheck],
    afterLogin: [rememberAdminLanguage],
  },
  fields: [
    { name: 'name', type: 'text', label: l('الاسم', 'Ad', 'Name'), maxLength: 120 },
    currentPasswordField,
    {
      name: 'language',
      type: 'select',
      label: mailWords.languageField,
      defaultValue: defaultLocale,
      // The admin's and mail's languages, not the content's.
      options: adminLanguages.map((value) => ({ value, label: localeNames[value] })),
      admin: { description: mailWords.languageFieldHelp },
    },
    {
      name: 'roles',
      type: 'select',
      label: l('الأدوار', 'Rollar', 'Roles'),
      hasMany: true,
      required: true,
      defaultValue: ['author'],
      saveToJWT: true,
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'translatorLocales',
      type: 'select',
      label: l('لغات الترجمة', 'Tərcümə dilləri', 'Translation locales'),
      hasMany: true,
      saveToJWT: true,
      options: localeCodes.map((value) => ({ value, label: localeNames[value] })),
      access: { create: isAdminField, update: isAdminField },
      admin: {
        description: l(
          'اللغات التي يجوز للمترجم تعديلها.',
          'Tərcüməçinin redaktə edə biləcəyi dillər.',
          'The locales a translator may edit.',
        ),
        condition: (data) => Array.isArray(data?.roles) && data.roles.includes('translator'),
      },
    },
  ],
}
