/** What a client over its fair share of the server is told (src/fairness). */
import { l } from './labels'

export const fairnessWords = {
  overBudget: l(
    'طلبات كثيرة لا تجيبها الذاكرة المؤقتة من هذا العميل. أعد المحاولة بعد {seconds} ث، أو اطلب ما سبق طلبه، أو استعمل مفتاح واجهة برمجية.',
    'Bu müştəridən keşin cavablandırmadığı çox sorğu gəlib. {seconds} san. sonra yenidən cəhd edin, əvvəl istənəni istəyin və ya API açarından istifadə edin.',
    'Too many requests the cache cannot answer from this client. Try again in {seconds} s, ask for what was asked before, or use an API key.',
  ),
  busy: l(
    'الخادم مشغول الآن. أعد المحاولة بعد {seconds} ث.',
    'Server hazırda məşğuldur. {seconds} san. sonra yenidən cəhd edin.',
    'The server is busy right now. Try again in {seconds} s.',
  ),
}
