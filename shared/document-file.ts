/** The file name extension of Kravstudio specification documents (JSON inside). */
export const documentExtension = 'kravspec';
