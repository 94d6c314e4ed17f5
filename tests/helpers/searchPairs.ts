/**
 * What search must and must not match: a query, a text, the language both are in, and whether
 * the text is found. Shared by the unit test of the folding and the search tests on both databases.
 */
export interface SearchPair {
  q: string
  text: string
  locale: 'ar' | 'az' | 'en'
  match: boolean
  why: string
}

export const searchPairs: SearchPair[] = [
  // Arabic: hamza and alef forms, ى/ي, ة/ه, diacritics, tatweel, digits.
  { locale: 'ar', q: 'الاذربيجانية', text: 'دورة اللغة الأذربيجانية المجانية', match: true, why: 'أ as ا' },
  { locale: 'ar', q: 'الأذربيجانية', text: 'بيت الثقافة الاذربيجانية', match: true, why: 'ا as أ' },
  { locale: 'ar', q: 'محاضره', text: 'محاضرة عن تاريخ باكو', match: true, why: 'ة as ه' },
  { locale: 'ar', q: 'محاضرة', text: 'محاضره عامة في الجمعية', match: true, why: 'ه as ة' },
  { locale: 'ar', q: 'اسلامية', text: 'الفنون الإسلامية في شماخي', match: true, why: 'إ as ا' },
  { locale: 'ar', q: 'القران', text: 'معرض القرآن الكريم', match: true, why: 'آ as ا' },
  { locale: 'ar', q: 'ٱلعلاقات', text: 'العلاقات الثنائية بين البلدين', match: true, why: 'ٱ (wasla) as ا' },
  { locale: 'ar', q: 'مصطفى', text: 'شارع مصطفي كامل', match: true, why: 'ى as ي' },
  { locale: 'ar', q: 'مصطفي', text: 'مدرسة مصطفى كامل', match: true, why: 'ي as ى' },
  { locale: 'ar', q: 'مدرسة اللغات', text: 'مَدْرَسَةُ اللُّغَاتِ الشَّرْقِيَّة', match: true, why: 'tashkeel ignored' },
  { locale: 'ar', q: 'الثقافة', text: 'أسبوع الثقـــافة الأذربيجانية', match: true, why: 'tatweel ignored' },
  { locale: 'ar', q: '١٩٩٢', text: 'إقامة العلاقات عام 1992', match: true, why: 'Arabic-Indic digits as Latin' },
  { locale: 'ar', q: '1992', text: 'منذ عام ١٩٩٢ والعلاقات تتطور', match: true, why: 'Latin digits as Arabic-Indic' },
  { locale: 'ar', q: '۲۰۲۶', text: 'خطة عام 2026 للجمعية', match: true, why: 'Persian digits as Latin' },
  {
    locale: 'ar',
    q: 'زيارة باكو',
    text: 'وفد الجمعية في باكو خلال زيارة رسمية',
    match: true,
    why: 'every word, any order',
  },
  { locale: 'ar', q: 'محاضرات', text: 'محاضرة عن الأدب', match: false, why: 'plural is another word' },
  {
    locale: 'ar',
    q: 'سفارة',
    text: 'سفر الوفد إلى القاهرة',
    match: false,
    why: 'a longer word is not found in a shorter one',
  },
  { locale: 'ar', q: 'باكو', text: 'زيارة إلى بكين', match: false, why: 'different city' },
  { locale: 'ar', q: '١٩٩١', text: 'عام 1992', match: false, why: 'different digits' },
  { locale: 'ar', q: 'أذربيجان أرمينيا', text: 'أذربيجان ومصر', match: false, why: 'one word missing' },
  // Azerbaijani: case with İ/i and I/ı, ə/Ə, and its own letters kept apart.
  { locale: 'az', q: 'əliyev', text: 'Heydər Əliyev Fondu', match: true, why: 'Ə lowercased' },
  { locale: 'az', q: 'ƏLİYEV', text: 'Heydər Əliyev Fondu', match: true, why: 'uppercase query' },
  { locale: 'az', q: 'MİSİR', text: 'Misir ilə əlaqələr', match: true, why: 'İ is i' },
  { locale: 'az', q: 'misir', text: 'MİSİR VƏ AZƏRBAYCAN', match: true, why: 'i is İ' },
  { locale: 'az', q: 'IŞIQ', text: 'ışıq festivalı', match: true, why: 'I is ı' },
  { locale: 'az', q: 'ışıq', text: 'IŞIQ FESTİVALI', match: true, why: 'ı is I' },
  { locale: 'az', q: 'BAKI', text: 'Bakı şəhərində görüş', match: true, why: 'BAKI is bakı' },
  { locale: 'az', q: 'İlham', text: 'ilham Əliyevin səfəri', match: true, why: 'İ is i at the start' },
  { locale: 'az', q: 'dil kursu', text: 'Azərbaycan dili kursu Qahirədə', match: true, why: 'two words' },
  { locale: 'az', q: 'QAHİRƏ', text: 'Qahirə Universiteti', match: true, why: 'Ə and İ together' },
  { locale: 'az', q: '١٩٩٢', text: '1992-ci ildə diplomatik əlaqələr', match: true, why: 'digits in Azerbaijani text' },
  { locale: 'az', q: 'misir', text: 'MISIR', match: false, why: 'I is ı, so MISIR is mısır' },
  { locale: 'az', q: 'ılham', text: 'İlham', match: false, why: 'İ is i, not ı' },
  { locale: 'az', q: 'baki', text: 'Bakı', match: false, why: 'ı is not i' },
  { locale: 'az', q: 'aliyev', text: 'Əliyev', match: false, why: 'ə is not a' },
  { locale: 'az', q: 'seki', text: 'Şəki xan sarayı', match: false, why: 'ş and ə are their own letters' },
  // English: case-insensitive.
  { locale: 'en', q: 'CAIRO', text: 'Cairo University', match: true, why: 'uppercase query' },
  { locale: 'en', q: 'embassy', text: 'The EMBASSY of Egypt in Baku', match: true, why: 'uppercase text' },
  { locale: 'en', q: 'aliyev', text: 'Heydar Aliyev Centre', match: true, why: 'title case' },
  { locale: 'en', q: 'İstanbul', text: 'istanbul meeting', match: true, why: 'dotted capital I' },
  { locale: 'en', q: 'cultural week', text: 'Week of cultural events', match: true, why: 'every word, any order' },
  { locale: 'en', q: '١٢', text: '12 students enrolled', match: true, why: 'digits' },
  { locale: 'en', q: 'embassies', text: 'embassy', match: false, why: 'plural is another word' },
  { locale: 'en', q: 'baku', text: 'Bakı', match: false, why: 'ı is not u nor i' },
  { locale: 'en', q: 'cultural festival', text: 'cultural week', match: false, why: 'one word missing' },
]
