/** `npm run build`: the production build: Next.js (admin and API routes) and the server bundle. */
import { bundleServer } from './bundle'
import { buildNext, fail, prepareEnv } from './common'

prepareEnv('production')
await buildNext().catch(fail)
await bundleServer().catch(fail)
