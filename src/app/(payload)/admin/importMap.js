import { ContentLanguage as ContentLanguage_5b7791a8fce1b10b9442f91606353f26 } from '../../../../src/translation/admin/ContentLanguage'
import { WorkflowPanel as WorkflowPanel_cff2e4ec397c5d2b5d6a3c2202121637 } from '../../../../src/workflow/admin/WorkflowPanel'
import { StagesCell as StagesCell_9cbd5422ad5f8ebeae7443250ef5db8c } from '../../../../src/workflow/admin/StagesCell'
import { WorkflowNotice as WorkflowNotice_da1e4d5a84f31081358c4ca29bc2d1bd } from '../../../../src/workflow/admin/WorkflowNotice'
import { TitleCell as TitleCell_fe0e10da973eb0755374dd03cdea4b40 } from '../../../../src/translation/admin/TitleCell'
import { SourceText as SourceText_fa3b4948caeef84dda5cb19d5deb0849 } from '../../../../src/translation/admin/SourceText'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { TabLeavesEditorClient as TabLeavesEditorClient_d6cdc24e48f2602ab211c2959d142dc1 } from '../../../../src/fields/richTextEditor/TabLeavesEditor'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { DateCell as DateCell_83d556c5c629da6c72fc5c19daa88834 } from '../../../../src/adminLanguage/DateCell'
import { DateShown as DateShown_6ac51ba1d1b44d5220409175e1d3a82a } from '../../../../src/adminLanguage/DateShown'
import { OverviewComponent as OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaTitleComponent as MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaDescriptionComponent as MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaImageComponent as MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { PreviewComponent as PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { StatusCell as StatusCell_d6590c1b032275d1ddb4d0a0252079d6 } from '../../../../src/translation/admin/StatusCell'
import { ReviewFilter as ReviewFilter_39a47c2538a76cb6b1bfe1e353f285e2 } from '../../../../src/workflow/admin/ReviewFilter'
import { PublishButton as PublishButton_1ce9eccb8a90394c434f8c5baec1846b } from '../../../../src/workflow/admin/PublishButton'
import { DocumentStatus as DocumentStatus_f51bcf833bd313361df1cab55e1ee462 } from '../../../../src/workflow/admin/DocumentStatus'
import { PartialDateCell as PartialDateCell_9ad09c21affb31e442318008e7128048 } from '../../../../collections/BilateralRelations/PartialDateCell'
import { PartialDateField as PartialDateField_0dd6695b88a3a708ef49b5a9c0428d97 } from '../../../../collections/BilateralRelations/PartialDateField'
import { CurrentPasswordField as CurrentPasswordField_8e3d82f7ae3f515c02e344beba980b10 } from '../../../../collections/Users/CurrentPasswordField'
import { CollectionCell as CollectionCell_7150b528352f2f20e9c21fca11b8cda4 } from '../../../../collections/WorkflowEvents/CollectionCell'
import { LinkToDoc as LinkToDoc_aead06e4cbf6b2620c5c51c9ab283634 } from '@payloadcms/plugin-search/client'
import { ReindexButton as ReindexButton_aead06e4cbf6b2620c5c51c9ab283634 } from '@payloadcms/plugin-search/client'
import { WaitingForMe as WaitingForMe_0711583f098d38a7611e0ad825706074 } from '../../../../src/workflow/admin/WaitingForMe'
import { TranslationQueue as TranslationQueue_3e86730c3293882d4fae3f01dab0931b } from '../../../../src/translation/admin/TranslationQueue'
import { CoverageGrid as CoverageGrid_b7eb5e8dd1f0ac8da6e418687f1bbeff } from '../../../../src/translation/admin/CoverageGrid'
import { EnglishOnlyLabels as EnglishOnlyLabels_1cc3436ec28d94c513f077647e5c5743 } from '../../../../src/adminLanguage/EnglishOnlyLabels'
import { PayloadDates as PayloadDates_8b853672a827c6818727548125a078e5 } from '../../../../src/adminLanguage/PayloadDates'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/translation/admin/ContentLanguage#ContentLanguage": ContentLanguage_5b7791a8fce1b10b9442f91606353f26,
  "/src/workflow/admin/WorkflowPanel#WorkflowPanel": WorkflowPanel_cff2e4ec397c5d2b5d6a3c2202121637,
  "/src/workflow/admin/StagesCell#StagesCell": StagesCell_9cbd5422ad5f8ebeae7443250ef5db8c,
  "/src/workflow/admin/WorkflowNotice#WorkflowNotice": WorkflowNotice_da1e4d5a84f31081358c4ca29bc2d1bd,
  "/src/translation/admin/TitleCell#TitleCell": TitleCell_fe0e10da973eb0755374dd03cdea4b40,
  "/src/translation/admin/SourceText#SourceText": SourceText_fa3b4948caeef84dda5cb19d5deb0849,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "/src/fields/richTextEditor/TabLeavesEditor#TabLeavesEditorClient": TabLeavesEditorClient_d6cdc24e48f2602ab211c2959d142dc1,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/adminLanguage/DateCell#DateCell": DateCell_83d556c5c629da6c72fc5c19daa88834,
  "/src/adminLanguage/DateShown#DateShown": DateShown_6ac51ba1d1b44d5220409175e1d3a82a,
  "@payloadcms/plugin-seo/client#OverviewComponent": OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaTitleComponent": MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaDescriptionComponent": MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaImageComponent": MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#PreviewComponent": PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "/src/translation/admin/StatusCell#StatusCell": StatusCell_d6590c1b032275d1ddb4d0a0252079d6,
  "/src/workflow/admin/ReviewFilter#ReviewFilter": ReviewFilter_39a47c2538a76cb6b1bfe1e353f285e2,
  "/src/workflow/admin/PublishButton#PublishButton": PublishButton_1ce9eccb8a90394c434f8c5baec1846b,
  "/src/workflow/admin/DocumentStatus#DocumentStatus": DocumentStatus_f51bcf833bd313361df1cab55e1ee462,
  "/collections/BilateralRelations/PartialDateCell#PartialDateCell": PartialDateCell_9ad09c21affb31e442318008e7128048,
  "/collections/BilateralRelations/PartialDateField#PartialDateField": PartialDateField_0dd6695b88a3a708ef49b5a9c0428d97,
  "/collections/Users/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_8e3d82f7ae3f515c02e344beba980b10,
  "/collections/WorkflowEvents/CollectionCell#CollectionCell": CollectionCell_7150b528352f2f20e9c21fca11b8cda4,
  "@payloadcms/plugin-search/client#LinkToDoc": LinkToDoc_aead06e4cbf6b2620c5c51c9ab283634,
  "@payloadcms/plugin-search/client#ReindexButton": ReindexButton_aead06e4cbf6b2620c5c51c9ab283634,
  "/src/workflow/admin/WaitingForMe#WaitingForMe": WaitingForMe_0711583f098d38a7611e0ad825706074,
  "/src/translation/admin/TranslationQueue#TranslationQueue": TranslationQueue_3e86730c3293882d4fae3f01dab0931b,
  "/src/translation/admin/CoverageGrid#CoverageGrid": CoverageGrid_b7eb5e8dd1f0ac8da6e418687f1bbeff,
  "/src/adminLanguage/EnglishOnlyLabels#EnglishOnlyLabels": EnglishOnlyLabels_1cc3436ec28d94c513f077647e5c5743,
  "/src/adminLanguage/PayloadDates#PayloadDates": PayloadDates_8b853672a827c6818727548125a078e5,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
