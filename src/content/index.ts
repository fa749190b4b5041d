import { extractFromDocument } from '../core/extract';
import { answerExtractRequests } from '../platform/content-bridge';

// Injected on the toolbar click only (activeTab); reads the live page, changes nothing.
answerExtractRequests((force) => extractFromDocument(document, location.href, { force }));
