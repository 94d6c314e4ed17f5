'use client'
/**
 * Tab and Shift+Tab in the rich-text editor move the focus, as in every other field: claimed before
 * the indentation plugin sees them, and left to the browser.
 */
import { createClientFeature } from '@payloadcms/richtext-lexical/client'
import { COMMAND_PRIORITY_CRITICAL, KEY_TAB_COMMAND } from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { useEffect } from 'react'

const TabLeavesEditorPlugin = () => {
  const [editor] = useLexicalComposerContext()
  useEffect(
    () =>
      editor.registerCommand(
        KEY_TAB_COMMAND,
        (event) => !event.ctrlKey && !event.metaKey && !event.altKey,
        COMMAND_PRIORITY_CRITICAL,
      ),
    [editor],
  )
  return null
}

export const TabLeavesEditorClient = createClientFeature({
  plugins: [{ Component: TabLeavesEditorPlugin, position: 'normal' }],
})
