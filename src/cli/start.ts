/**
 * The production server (`npm start` runs it from dist/, bundled by `npm run build`):
 * validates the environment, migrates, seeds an empty database, serves.
 */
import { startServer } from '../server'
import { closeOnSignals, fail, prepareEnv, printWelcome } from './common'

const env = prepareEnv('production')
const running = await startServer({ env, dev: false }).catch(fail)
closeOnSignals(running)
printWelcome(running, env)
