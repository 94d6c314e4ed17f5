/** `npm start`: production mode. Builds when no build exists, migrates, seeds an empty database, serves. */
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../paths'
import { buildNext, closeOnSignals, fail, prepareEnv, printWelcome } from './common'

const env = prepareEnv('production')

if (!fs.existsSync(path.join(projectRoot, '.next', 'BUILD_ID'))) {
  console.log('No production build yet: running `next build` (about a minute)…')
  await buildNext().catch(fail)
}

const { startServer } = await import('../server')
const running = await startServer({ env, dev: false }).catch(fail)
closeOnSignals(running)
printWelcome(running, env)
