'use client'
/** The current password, asked on one's own account page to change the password: a masked input. */
import type { TextFieldClientComponent } from 'payload'

import { PasswordField } from '@payloadcms/ui'
import React from 'react'

export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => (
  <PasswordField autoComplete="current-password" field={field} path={path ?? field.name} />
)
