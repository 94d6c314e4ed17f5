/** `npm run generate`, last step: the content's types for sites, in types/index.d.ts. */
import fs from 'node:fs'
import path from 'node:path'

import { toSiteTypes } from '../delivery/siteTypes'
import { projectRoot } from '../paths'

const target = path.join(projectRoot, 'types/index.d.ts')
fs.mkdirSync(path.dirname(target), { recursive: true })
fs.writeFileSync(target, toSiteTypes(fs.readFileSync(path.join(projectRoot, 'src/payload-types.ts'), 'utf8')))
console.log(`Wrote ${path.relative(projectRoot, target)}`)
