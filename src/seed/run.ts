/** `npm run seed`: seeds the society's content on demand (idempotent). Run through `payload run`. */
import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from './index'

const payload = await getPayload({ config })
const report = await seed(payload)
payload.logger.info(
  `Seed done: ${report.created.length} created (${report.created.join(', ') || 'none'}), ` +
    `${report.existing.length} already present.`,
)
await payload.destroy()
process.exit(0)
