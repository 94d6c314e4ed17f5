'use client'
/**
 * The document's main publish button publishes every language at once, which only an admin may
 * do; everyone else publishes one language at a time from the workflow panel. (The server refuses
 * such a publish anyway; this only keeps the button from offering it.)
 */
import { PublishButton as PayloadPublishButton, useAuth } from '@payloadcms/ui'
import React from 'react'

import { hasRole } from '../../access/roles'

export const PublishButton: React.FC = () => {
  const { user } = useAuth()
  return hasRole(user, 'admin') ? <PayloadPublishButton /> : null
}
