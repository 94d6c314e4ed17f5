/** `npm run dev`: the same server with Next.js in development mode (hot reload, schema push). */
import { closeOnSignals, fail, prepareEnv, printWelcome } from './common'

const env = prepareEnv('development')
const { startServer } = await import('../server')
const running = await startServer({ env, dev: true }).catch(fail)
closeOnSignals(running)
printWelcome(running, env)
