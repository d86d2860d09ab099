export { cleanText } from './clean-text';
export { upperVi, lowerFirst, upperFirst } from './vi-case';
export { applyToneMarks, mixesToneMarks, type ToneConvention } from './tone-marks';
