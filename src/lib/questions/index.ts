// Public API of question generation: facts in, a validated bilingual question bank out.
export { buildBank, serializeBank, sortKeys, type BuildInput, type BuildResult } from './bank';
export { generateQuestions, type DraftQuestion, type GenerateInput } from './generate';
export { validateBank, answerInSpan, type ValidateOptions } from './validate';
export { renderReview } from './review';
export { parseEditorial } from './editorial';
export { questionId, seededShuffle } from './seed';
export { pickEntityDistractors, pickNumberDistractors, pickDateDistractors } from './distractors';
export { arabicGender } from './grammar';
export { renderQuantity, renderDate } from './render';
export * from './types';
