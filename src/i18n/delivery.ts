/** What a site's developer is told when a request names a language the API does not have. */
import { l } from './labels'

export const deliveryWords = {
  unknownLocale: l(
    'اللغة «{value}» في {parameter} غير معروفة. القيم المسموح بها: {allowed}.',
    '{parameter} parametrində "{value}" dili tanınmır. İcazə verilən dəyərlər: {allowed}.',
    'Unknown language "{value}" in {parameter}. Allowed values: {allowed}.',
  ),
}
