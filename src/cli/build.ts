/** `npm run build`: the production build of the admin and API routes. */
import { buildNext, fail, prepareEnv } from './common'

prepareEnv('production')
await buildNext().catch(fail)
