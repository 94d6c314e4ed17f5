/**
 * The society's content beyond the article itself, every fact taken from the source article
 * (shared/seeds/000_fe5ed1769436835f.txt); what the article does not say is left empty.
 */

import { articleParagraphs, type SeedText } from './article'

const para = (index: number): SeedText => articleParagraphs[index]

export interface SeedPosition {
  title: SeedText
  organization?: SeedText
  current?: boolean
}

export interface SeedPerson {
  key: string
  name: SeedText
  honorific?: SeedText
  country?: 'AZ' | 'EG'
  positions: SeedPosition[]
}

export const people: SeedPerson[] = [
  {
    key: 'nasirov',
    name: { ar: 'سيمور نصيروف', az: 'Seymur Nəsirov', en: 'Seymur Nasirov' },
    honorific: { ar: 'الدكتور', az: 'Dr.', en: 'Dr.' },
    positions: [
      {
        title: { ar: 'رئيس الجمعية', az: 'Cəmiyyətin sədri', en: 'Chair of the society' },
        organization: {
          ar: 'جمعية الصداقة المصرية الأذربيجانية',
          az: 'Misir-Azərbaycan Dostluq Cəmiyyəti',
          en: 'Egyptian-Azerbaijani Friendship Society',
        },
        current: true,
      },
      {
        title: {
          ar: 'أستاذ اللغة الأذربيجانية',
          az: 'Azərbaycan dili professoru',
          en: 'Professor of the Azerbaijani language',
        },
        organization: { ar: 'جامعة القاهرة', az: 'Qahirə Universiteti', en: 'Cairo University' },
        current: true,
      },
      {
        title: {
          ar: 'رئيس الرابطة الأذربيجانية بمصر',
          az: 'Misirdəki Azərbaycan Assosiasiyasının sədri',
          en: 'Head of the Azerbaijani Association in Egypt',
        },
        current: true,
      },
    ],
  },
  {
    key: 'heydar-aliyev',
    name: { ar: 'حيدر علييف', az: 'Heydər Əliyev', en: 'Heydar Aliyev' },
    country: 'AZ',
    positions: [
      {
        title: {
          ar: 'رئيس جمهورية أذربيجان الراحل',
          az: 'Azərbaycan Respublikasının mərhum Prezidenti',
          en: 'Late President of Azerbaijan',
        },
      },
    ],
  },
  {
    key: 'ilham-aliyev',
    name: { ar: 'إلهام علييف', az: 'İlham Əliyev', en: 'Ilham Aliyev' },
    country: 'AZ',
    positions: [
      {
        title: {
          ar: 'رئيس جمهورية أذربيجان',
          az: 'Azərbaycan Respublikasının Prezidenti',
          en: 'President of Azerbaijan',
        },
      },
    ],
  },
  {
    key: 'mubarak',
    name: { ar: 'حسني مبارك', az: 'Hüsnü Mübarək', en: 'Hosni Mubarak' },
    country: 'EG',
    positions: [{ title: { ar: 'رئيس مصر الأسبق', az: 'Misirin keçmiş Prezidenti', en: 'Former President of Egypt' } }],
  },
  {
    key: 'sisi',
    name: { ar: 'عبد الفتاح السيسي', az: 'Əbdülfəttah əs-Sisi', en: 'Abdel Fattah El-Sisi' },
    country: 'EG',
    positions: [
      {
        title: {
          ar: 'رئيس جمهورية مصر العربية',
          az: 'Misir Ərəb Respublikasının Prezidenti',
          en: 'President of Egypt',
        },
      },
    ],
  },
  {
    key: 'abdel-khalek',
    name: { ar: 'أسامة عبد الخالق', az: 'Usama Əbdülxaliq', en: 'Osama Abdel Khalek' },
    honorific: { ar: 'السفير', az: 'Səfir', en: 'Ambassador' },
    country: 'EG',
    positions: [
      {
        title: {
          ar: 'مندوب مصر الدائم لدى الأمم المتحدة في نيويورك',
          az: 'Misirin Nyu-Yorkda BMT yanında daimi nümayəndəsi',
          en: "Egypt's Permanent Representative to the United Nations in New York",
        },
      },
    ],
  },
  {
    key: 'shoukry',
    name: { ar: 'سامح شكري', az: 'Sameh Şükri', en: 'Sameh Shoukry' },
    country: 'EG',
    positions: [{ title: { ar: 'وزير الخارجية', az: 'Xarici işlər naziri', en: 'Minister of Foreign Affairs' } }],
  },
]

export type PersonKey = (typeof people)[number]['key']

export interface SeedRelation {
  title: SeedText
  date: string
  datePrecision: 'day' | 'month' | 'year'
  kind: 'agreement' | 'diplomatic_relations' | 'multilateral_meeting' | 'recognition' | 'state_visit' | 'summit_talks'
  summary: SeedText
  places: { name?: SeedText; city?: SeedText; country?: 'AZ' | 'EG' }[]
  participants: { person: PersonKey; role?: SeedText }[]
}

const baku = { ar: 'باكو', az: 'Bakı', en: 'Baku' }

export const relations: SeedRelation[] = [
  {
    title: {
      ar: 'مصر في مقدمة الدول التي اعترفت باستقلال أذربيجان',
      az: 'Misir Azərbaycanın müstəqilliyini ilk tanıyan dövlətlər sırasında',
      en: "Egypt among the first countries to recognize Azerbaijan's independence",
    },
    date: '1991-12-01',
    datePrecision: 'month',
    kind: 'recognition',
    summary: para(3),
    places: [],
    participants: [],
  },
  {
    title: {
      ar: 'تبادل التمثيل الدبلوماسي بين مصر وأذربيجان',
      az: 'Misir və Azərbaycan diplomatik nümayəndəliklər mübadiləsi aparır',
      en: 'Egypt and Azerbaijan exchange diplomatic representation',
    },
    date: '1992-01-01',
    datePrecision: 'year',
    kind: 'diplomatic_relations',
    summary: para(3),
    places: [],
    participants: [],
  },
  {
    title: {
      ar: 'زيارة الرئيس حيدر علييف لمصر',
      az: 'Prezident Heydər Əliyevin Misirə səfəri',
      en: 'President Heydar Aliyev visits Egypt',
    },
    date: '1994-01-01',
    datePrecision: 'year',
    kind: 'state_visit',
    summary: para(4),
    places: [{ country: 'EG' }],
    participants: [
      { person: 'heydar-aliyev', role: { ar: 'الرئيس الزائر', az: 'Səfər edən prezident', en: 'Visiting president' } },
    ],
  },
  {
    title: {
      ar: 'زيارة الرئيس إلهام علييف لمصر ولقاءاته مع الرئيس مبارك',
      az: 'Prezident İlham Əliyevin Misirə səfəri və Prezident Mübarəklə görüşləri',
      en: 'President Ilham Aliyev visits Egypt and meets President Mubarak',
    },
    date: '2007-05-01',
    datePrecision: 'month',
    kind: 'state_visit',
    summary: para(4),
    places: [{ country: 'EG' }],
    participants: [
      { person: 'ilham-aliyev', role: { ar: 'الرئيس الزائر', az: 'Səfər edən prezident', en: 'Visiting president' } },
      { person: 'mubarak', role: { ar: 'رئيس مصر', az: 'Misir Prezidenti', en: 'President of Egypt' } },
    ],
  },
  {
    title: {
      ar: 'الرئيس السيسي يزور باكو',
      az: 'Prezident əs-Sisinin Bakıya səfəri',
      en: 'President El-Sisi visits Baku',
    },
    date: '2023-01-01',
    datePrecision: 'month',
    kind: 'state_visit',
    summary: para(5),
    places: [{ city: baku, country: 'AZ' }],
    participants: [
      { person: 'sisi', role: { ar: 'الرئيس الزائر', az: 'Səfər edən prezident', en: 'Visiting president' } },
    ],
  },
  {
    title: {
      ar: 'مباحثات القمة في قصر زوجلوب الرئاسي بباكو',
      az: 'Bakıdakı Zağulba prezident iqamətgahında ali səviyyəli danışıqlar',
      en: 'Summit talks at the Zagulba presidential palace in Baku',
    },
    date: '2023-01-01',
    datePrecision: 'month',
    kind: 'summit_talks',
    summary: para(6),
    places: [
      {
        name: { ar: 'قصر زوجلوب الرئاسي', az: 'Zağulba prezident iqamətgahı', en: 'Zagulba presidential palace' },
        city: baku,
        country: 'AZ',
      },
    ],
    participants: [
      { person: 'sisi', role: { ar: 'رئيس مصر', az: 'Misir Prezidenti', en: 'President of Egypt' } },
      {
        person: 'ilham-aliyev',
        role: {
          ar: 'رئيس أذربيجان، المضيف',
          az: 'Azərbaycan Prezidenti, ev sahibi',
          en: 'President of Azerbaijan, host',
        },
      },
    ],
  },
  {
    title: {
      ar: 'بيان مصر في الاجتماع الوزاري لحركة عدم الانحياز في باكو',
      az: 'Misirin Bakıda Qoşulmama Hərəkatının nazirlər görüşündəki bəyanatı',
      en: "Egypt's statement at the Non-Aligned Movement ministerial meeting in Baku",
    },
    date: '2023-07-01',
    datePrecision: 'month',
    kind: 'multilateral_meeting',
    summary: para(7),
    places: [{ city: baku, country: 'AZ' }],
    participants: [
      {
        person: 'abdel-khalek',
        role: { ar: 'ألقى بيان مصر', az: 'Misirin bəyanatını oxuyub', en: "Delivered Egypt's statement" },
      },
      {
        person: 'shoukry',
        role: {
          ar: 'أُلقي البيان بالنيابة عنه',
          az: 'Bəyanat onun adından oxunub',
          en: 'The statement was delivered on his behalf',
        },
      },
    ],
  },
  {
    title: {
      ar: 'الرئيس السيسي يستقبل الرئيس إلهام علييف في قصر الاتحادية',
      az: 'Prezident əs-Sisi Prezident İlham Əliyevi İttihadiyyə sarayında qəbul edir',
      en: 'President El-Sisi receives President Ilham Aliyev at Al-Ittihadiya Palace',
    },
    date: '2024-06-01',
    datePrecision: 'month',
    kind: 'state_visit',
    summary: para(8),
    places: [{ name: { ar: 'قصر الاتحادية', az: 'İttihadiyyə sarayı', en: 'Al-Ittihadiya Palace' }, country: 'EG' }],
    participants: [
      {
        person: 'sisi',
        role: { ar: 'رئيس مصر، المضيف', az: 'Misir Prezidenti, ev sahibi', en: 'President of Egypt, host' },
      },
      { person: 'ilham-aliyev', role: { ar: 'الرئيس الزائر', az: 'Səfər edən prezident', en: 'Visiting president' } },
    ],
  },
  {
    title: {
      ar: 'توقيع مذكرات تفاهم مشتركة بين مصر وأذربيجان',
      az: 'Misir və Azərbaycan arasında birgə anlaşma memorandumlarının imzalanması',
      en: 'Egypt and Azerbaijan sign joint memoranda of understanding',
    },
    date: '2024-06-01',
    datePrecision: 'month',
    kind: 'agreement',
    summary: para(9),
    places: [{ name: { ar: 'قصر الاتحادية', az: 'İttihadiyyə sarayı', en: 'Al-Ittihadiya Palace' }, country: 'EG' }],
    participants: [
      {
        person: 'sisi',
        role: { ar: 'شهد التوقيع', az: 'İmzalanma mərasimində iştirak edib', en: 'Witnessed the signing' },
      },
      {
        person: 'ilham-aliyev',
        role: { ar: 'شهد التوقيع', az: 'İmzalanma mərasimində iştirak edib', en: 'Witnessed the signing' },
      },
    ],
  },
]

export const course = {
  title: {
    ar: 'دورة تعليم اللغة الأذربيجانية المجانية',
    az: 'Pulsuz Azərbaycan dili kursu',
    en: 'Free Azerbaijani language course',
  },
  summary: para(2),
  audience: {
    ar: 'رواد الجمعية من جميع الجنسيات المقيمة في مصر، وطلاب العلم.',
    az: 'Cəmiyyətin Misirdə yaşayan bütün millətlərdən olan ziyarətçiləri və tələbələr.',
    en: 'Visitors of the society of all nationalities residing in Egypt, and students.',
  },
} satisfies Record<string, SeedText>

export const categories: { key: string; name: SeedText }[] = [
  { key: 'society-news', name: { ar: 'أخبار الجمعية', az: 'Cəmiyyət xəbərləri', en: 'Society news' } },
  {
    key: 'azerbaijani-language',
    name: { ar: 'تعليم اللغة الأذربيجانية', az: 'Azərbaycan dilinin tədrisi', en: 'Azerbaijani language teaching' },
  },
  {
    key: 'relations',
    name: {
      ar: 'العلاقات المصرية الأذربيجانية',
      az: 'Misir–Azərbaycan münasibətləri',
      en: 'Egypt–Azerbaijan relations',
    },
  },
]

export const society = {
  name: {
    ar: 'جمعية الصداقة المصرية الأذربيجانية',
    az: 'Misir-Azərbaycan Dostluq Cəmiyyəti',
    en: 'Egyptian-Azerbaijani Friendship Society',
  },
  freeServices: {
    ar: 'تقدم الجمعية خدماتها وأنشطتها المتنوعة بالمجان لطلاب العلم ورواد الجمعية من جميع الجنسيات المقيمة في مصر، ومنها تعليم اللغة الأذربيجانية.',
    az: 'Cəmiyyət müxtəlif xidmət və fəaliyyətlərini tələbələrə və Misirdə yaşayan bütün millətlərdən olan ziyarətçilərinə pulsuz təqdim edir; bunlardan biri Azərbaycan dilinin tədrisidir.',
    en: 'The society offers its diverse services and activities free of charge to students and to its visitors of all nationalities residing in Egypt, among them the teaching of the Azerbaijani language.',
  },
  about: [para(0), para(1), para(2), para(3)],
}
