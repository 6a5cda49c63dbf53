// The catalog of what sends a response to an HTTP client, per language, and of the values that
// carry an error's internal details (its message, its stack, a formatted traceback). It is data:
// add a framework here, with a fixture, and every engine of no-error-details-leak knows it.

/** JavaScript: response objects and the methods that send a body. */
export const JS_RESPONSES = {
  /** Names of response parameters: Express/Node `res`, Fastify `reply`. */
  receivers: ['res', 'response', 'reply', 'resp'],
  /** Methods that send their first argument: `res.json(x)`, `res.status(500).send(x)`, `reply.send(x)`. */
  sendMethods: ['json', 'send', 'end', 'write', 'jsonp'],
  /** Classes whose static `json(x)` or constructor `new X(x)` make a response (fetch API, Next.js). */
  responseClasses: ['Response', 'NextResponse'],
  /** Members of an error that hold its details. */
  detailMembers: ['message', 'stack'],
} as const;

/** Python: calls that make a response from their first argument (or a keyword). */
export const PYTHON_RESPONSES = {
  /** Django, DRF, Flask, Starlette/FastAPI response constructors and helpers. */
  constructors: [
    'HttpResponse', 'HttpResponseBadRequest', 'HttpResponseServerError', 'JsonResponse', 'Response',
    'jsonify', 'make_response', 'JSONResponse', 'PlainTextResponse', 'HTMLResponse', 'ORJSONResponse', 'UJSONResponse',
  ],
  /** Exceptions the framework turns into a response with their `detail` (FastAPI) or `description` (Flask). */
  raisedResponses: ['HTTPException', 'abort'],
  /** Keywords that carry the body or message. */
  bodyKeywords: ['content', 'data', 'detail', 'description', 'body', 'response'],
  /** Keywords that carry the status. */
  statusKeywords: ['status', 'status_code', 'code'],
  /** Calls that format the current exception: reported wherever they are sent. */
  tracebackCalls: ['traceback.format_exc', 'traceback.format_exception', 'traceback.format_tb', 'traceback.format_stack'],
  /** Reads of the exception that carry no detail: its class name, its status code. */
  harmlessReads: ['type', 'isinstance', '__class__', '__name__', 'status_code', 'code', 'status'],
} as const;

/** Go: what writes a response, with the 0-based position of the status argument when there is one. */
export const GO_RESPONSES = {
  /** `http.Error(w, body, status)`. */
  httpError: { module: 'net/http', name: 'Error', body: 1, status: 2 },
  /** gin/echo/fiber context methods; status first: `c.JSON(status, body)`. */
  contextMethods: ['JSON', 'IndentedJSON', 'PureJSON', 'SecureJSON', 'AbortWithStatusJSON', 'XML', 'YAML', 'String', 'HTML'],
  /** Methods that send a body without a status argument: fiber `c.SendString(x)`, `c.Status(500).JSON(x)`. */
  bodyOnlyMethods: ['SendString', 'Send'],
  /** echo: an error the framework sends to the client with its message. */
  httpErrorConstructors: ['NewHTTPError'],
  /** Calls writing to an `http.ResponseWriter` given as their first argument. */
  writerPrinters: ['fmt.Fprint', 'fmt.Fprintf', 'fmt.Fprintln', 'io.WriteString'],
  /** Calls that capture a stack trace. */
  stackCalls: ['debug.Stack'],
} as const;

// 4xx statuses: the client's own mistake (a malformed body, a missing field), whose message it needs
const CLIENT_ERROR = /^4\d\d$|(?:^|\.)HTTP_4\d\d_|(?:^|\.)Status(?:BadRequest|Unauthorized|PaymentRequired|Forbidden|NotFound|MethodNotAllowed|NotAcceptable|Conflict|Gone|LengthRequired|PreconditionFailed|RequestEntityTooLarge|UnsupportedMediaType|UnprocessableEntity|TooManyRequests|RequestTimeout)$|(?:^|\.)(?:BAD_REQUEST|UNAUTHORIZED|FORBIDDEN|NOT_FOUND|CONFLICT|UNPROCESSABLE_ENTITY)$/;

/** Whether the source text of a status argument names a 4xx status: `400`, `http.StatusBadRequest`, `status.HTTP_404_NOT_FOUND`, `HTTPStatus.BAD_REQUEST`. */
export function isClientErrorStatus(text: string): boolean {
  return CLIENT_ERROR.test(text.trim());
}

/** Names Go code gives its error variables: `err`, `errParse`, `parseErr`. */
export const GO_ERROR_NAME = /^err$|^err[A-Z0-9_]|Err$/;

const SERVER_ERROR = /\b5\d\d\b|InternalServerError|HTTP_5\d\d|INTERNAL_SERVER_ERROR/;

/**
 * Whether a status is read from the error itself with no 5xx fallback (`e.status`, `e.status || 400`,
 * `exc.status_code`): an error that carries its own HTTP status was written for the client.
 */
export function isErrorsOwnStatus(text: string, errorName: string): boolean {
  const escaped = errorName.replace(/[$]/g, '\\$');
  return new RegExp(`(?:^|[^\\w$.])${escaped}\\.`).test(text) && !SERVER_ERROR.test(text);
}
