import { Media } from './Media'
import { News } from './News'
import { Users } from './Users'

/** Every collection, in the order the admin lists them within their groups. */
export const collections = [News, Media, Users]
