/**
 * The pane's host inside Excel: the Office.js host of src/excel. Kept as its own module so index.tsx names one
 * place where the Excel path enters the pane's bundle (and the test host path never needs it).
 */
export { createExcelHost } from '../excel/excelHost';
