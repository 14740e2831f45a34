/**
 * Exports of an action plan and of an assessment's answers: a one-page printable PDF (OpenPDF, Noto fonts
 * embedded, Thai shaped), CSV (Commons CSV) and XLSX (Apache POI, streaming). Shared by the API and the UI.
 */
package org.childsafe.actionplan.export;
