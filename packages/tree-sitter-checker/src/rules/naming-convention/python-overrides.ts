// Names that Python code writes because a framework or the standard library chose them: a
// method that overrides `setUp` or `visit_Name` must keep that spelling to be called at all,
// so naming-convention never reports it. Extend it with the `python.overrideMethods` option.
// A `*` matches any run of characters (`visit_*` covers `visit_Name`, `visit_FunctionDef`).

/** A group of framework-chosen names, with where they come from. */
export interface OverrideGroup {
  readonly source: string;
  readonly names: readonly string[];
}

/** Method and attribute names chosen by frameworks and the standard library. */
export const PYTHON_OVERRIDES: readonly OverrideGroup[] = [
  {
    source: 'unittest.TestCase (and Django TestCase, setUpTestData)',
    names: [
      'setUp', 'tearDown', 'setUpClass', 'tearDownClass', 'setUpModule', 'tearDownModule', 'asyncSetUp',
      'asyncTearDown', 'setUpTestData', 'addCleanup', 'doCleanups', 'addClassCleanup', 'doClassCleanups',
      'enterContext', 'enterClassContext', 'enterAsyncContext', 'addTypeEqualityFunc', 'runTest', 'shortDescription',
      'countTestCases', 'defaultTestResult', 'maxDiff', 'longMessage', 'failureException', 'subTest',
      // custom assertions follow the family they extend: assertValidResponse next to assertEqual
      'assert[A-Z]*', // a character class works as in a regular expression
    ],
  },
  {
    source: 'unittest.TestResult, TestLoader and TextTestRunner, extended by custom runners and reporters',
    names: [
      'startTest', 'stopTest', 'startTestRun', 'stopTestRun', 'addError', 'addFailure', 'addSuccess', 'addSkip',
      'addExpectedFailure', 'addUnexpectedSuccess', 'addSubTest', 'addDuration', 'wasSuccessful', 'printErrors',
      'printErrorList', 'getDescription', 'loadTestsFromTestCase', 'loadTestsFromModule', 'loadTestsFromName',
      'loadTestsFromNames', 'getTestCaseNames', '_makeResult',
    ],
  },
  {
    source: 'ast.NodeVisitor, ast.NodeTransformer, graphql-core, docutils and lib2to3 visitors',
    names: ['visit_*', 'depart_*', 'enter_*', 'leave_*', 'generic_visit'],
  },
  { source: 'http.server.BaseHTTPRequestHandler and cmd.Cmd', names: ['do_*', 'help_*', 'complete_*'] },
  { source: 'django.http.HttpRequest, mirrored by request doubles', names: ['META', 'GET', 'POST', 'FILES', 'COOKIES'] },
  {
    source: 'logging.Handler and logging.Formatter',
    names: ['emit', 'handleError', 'createLock', 'formatTime', 'formatException', 'formatStack', 'usesTime', 'formatMessage'],
  },
  {
    source: 'xml.sax.handler.ContentHandler and xml.dom',
    names: [
      'startDocument', 'endDocument', 'startElement', 'endElement', 'startElementNS', 'endElementNS', 'characters',
      'ignorableWhitespace', 'processingInstruction', 'setDocumentLocator', 'skippedEntity', 'startPrefixMapping',
      'endPrefixMapping', 'writexml', 'toxml', 'toprettyxml',
    ],
  },
  {
    source: 'Twisted protocols and factories',
    names: [
      'connectionMade', 'connectionLost', 'dataReceived', 'lineReceived', 'rawDataReceived', 'buildProtocol',
      'startFactory', 'stopFactory', 'clientConnectionFailed', 'clientConnectionLost', 'startProtocol',
      'stopProtocol', 'datagramReceived', 'makeConnection',
    ],
  },
  // Qt's own handlers, not every name ending in Event: `trackEvent` is the author's (classes built on
  // Qt keep all their mixedCase names: python-inherited.ts)
  {
    source: 'Qt (PyQt, PySide) event handlers',
    names: [
      'paintEvent', 'mouse*Event', 'key*Event', 'resizeEvent', 'closeEvent', 'showEvent', 'hideEvent', 'wheelEvent',
      'enterEvent', 'leaveEvent', 'focus*Event', 'timerEvent', 'drag*Event', 'dropEvent', 'contextMenuEvent', 'changeEvent',
      'moveEvent', 'tabletEvent', 'actionEvent', 'customEvent', 'inputMethodEvent', 'hover*Event', 'childEvent', 'eventFilter',
      'sizeHint', 'minimumSizeHint',
    ],
  },
  // test names quote what they test: test_status_WAITING_FOR_APPROVAL, testGetUser (unittest)
  { source: 'pytest and unittest test functions', names: ['test*'] },
];

/** A matcher for a list of names that may hold `*` wildcards. */
export function nameMatcher(patterns: readonly string[]): (name: string) => boolean {
  if (patterns.length === 0) return () => false;
  const escape = (pattern: string): string => pattern.replace(/[.+?^${}()|\\]/g, '\\$&').replace(/\*/g, '.*');
  const regex = new RegExp(`^(?:${patterns.map(escape).join('|')})$`);
  return (name) => regex.test(name);
}
