import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translateEnglish, type Translate } from '../core/messages';

/** Entry points provide the browser's translator; components read it with useT(). */
export const I18nContext = createContext<Translate>(translateEnglish);
export const useT = (): Translate => useContext(I18nContext);
