/*
 * The Objective-C SDK's live tests: KSClient, its errors, the generated
 * methods, KSPipeline and KSSubscription against the server at
 * KEYSPACE_ADDRESS (skipped, exit 0, without it). `make -f Makefile test`.
 */
#import <Foundation/Foundation.h>

#import "KSClient.h"
#import "KSRpcs.h"

static int failures = 0;

#define CHECK(condition, ...)                                                      \
  do {                                                                              \
    if (!(condition)) {                                                             \
      failures++;                                                                   \
      fprintf(stderr, "FAIL %s:%d: %s: %s\n", __FILE__, __LINE__, #condition,       \
              [[NSString stringWithFormat:__VA_ARGS__] UTF8String]);                \
    }                                                                               \
  } while (0)

static NSData *bytes(const char *text)
{
  return [NSData dataWithBytes:text length:strlen(text)];
}

static NSString *key(NSString *name)
{
  return [@"objc-live:" stringByAppendingString:name];
}

static void test_nil_and_values(KSClient *kv)
{
  NSError *error = nil;
  [kv del:[NSArray arrayWithObjects:key(@"missing"), key(@"empty"), key(@"binary"), nil]
      error:&error];
  error = nil;
  NSData *missing = [kv get:key(@"missing") error:&error];
  CHECK(missing == nil && error == nil, @"GET of a missing key: %@ %@", missing, error);

  CHECK([kv set:key(@"empty") value:[NSData data] error:&error], @"SET empty: %@", error);
  NSData *empty = [kv get:key(@"empty") error:&error];
  CHECK(empty != nil && [empty length] == 0, @"GET of an empty value is empty, not nil: %@",
        empty);

  const unsigned char raw[] = {0x00, 0xff, 0x0a, 0x80};
  NSData *binary = [NSData dataWithBytes:raw length:sizeof raw];
  CHECK([kv set:key(@"binary") value:binary error:&error], @"SET binary: %@", error);
  CHECK([[kv get:key(@"binary") error:&error] isEqual:binary], @"binary round trip");

  NSNumber *deleted =
      [kv del:[NSArray arrayWithObjects:key(@"empty"), key(@"binary"), key(@"missing"), nil]
          error:&error];
  CHECK([deleted longLongValue] == 2, @"DEL counts existing keys: %@", deleted);
}

static void test_errors(KSClient *kv)
{
  NSError *error = nil;
  [kv set:key(@"string") value:@"x" error:&error];
  NSDictionary *request = [NSDictionary
      dictionaryWithObjectsAndKeys:KSBase64(key(@"string")), @"key",
                                   [NSArray arrayWithObject:KSBase64(@"a")], @"elements", nil];
  error = nil;
  NSDictionary *reply = [kv callLPush:request error:&error];
  CHECK(reply == nil, @"LPUSH on a string fails");
  CHECK([[error domain] isEqualToString:KSErrorDomain], @"domain %@", [error domain]);
  CHECK([error code] == 9, @"FAILED_PRECONDITION, got %ld", (long)[error code]);
  CHECK([[[error userInfo] objectForKey:KSRedisPrefixKey] isEqualToString:@"WRONGTYPE"],
        @"prefix %@", [error userInfo]);
  CHECK([[error localizedDescription]
            isEqualToString:@"WRONGTYPE Operation against a key holding the wrong kind of value"],
        @"message %@", [error localizedDescription]);

  error = nil;
  NSNumber *incremented = [kv incr:key(@"string") error:&error];
  CHECK(incremented == nil && [[[error userInfo] objectForKey:KSRedisPrefixKey]
                                  isEqualToString:@"ERR"],
        @"INCR of a non-number: %@ %@", incremented, error);

  error = nil;
  [kv set:key(@"counter") value:@"41" error:&error];
  CHECK([[kv incr:key(@"counter") error:&error] longLongValue] == 42, @"INCR: %@", error);

  // Unknown fields are the SDK's refusal (from the C core's JSON codec), not
  // a Redis error: no prefix.
  error = nil;
  reply = [kv call:@"Get"
           request:[NSDictionary dictionaryWithObject:@"x" forKey:@"noSuchField"]
             error:&error];
  CHECK(reply == nil && error != nil && [[error userInfo] objectForKey:KSRedisPrefixKey] == nil,
        @"bad request: %@ %@", reply, error);

  error = nil;
  reply = [kv call:@"NoSuchRpc" request:nil error:&error];
  CHECK(reply == nil && error != nil, @"unknown RPC: %@", reply);
}

static void test_unreachable(void)
{
  // Port 1 on loopback: nothing listens, so the call fails without a prefix.
  KSClient *nowhere = [[[KSClient alloc] initWithAddress:@"127.0.0.1:1"] autorelease];
  [nowhere setTimeout:2.0];
  NSError *error = nil;
  NSData *value = [nowhere get:@"k" error:&error];
  CHECK(value == nil && error != nil, @"unreachable server fails");
  CHECK([[error userInfo] objectForKey:KSRedisPrefixKey] == nil,
        @"no Redis prefix: %@", [error userInfo]);
  CHECK([error code] == 14 || [error code] == 4, @"UNAVAILABLE or DEADLINE_EXCEEDED: %ld",
        (long)[error code]);
}

static void test_generated(KSClient *kv)
{
  CHECK(KSRpcCount > 100, @"every RPC is in the table: %lu", (unsigned long)KSRpcCount);
  const KSRpcInfo *get = KSRpcFind(@"Get");
  CHECK(get != NULL && strcmp(get->command, "get") == 0 &&
            strcmp(get->responseType, "keyspace.v1.GetResponse") == 0,
        @"the Get entry");
  const KSRpcInfo *subscribe = KSRpcFind(@"Subscribe");
  CHECK(subscribe != NULL && subscribe->clientStreaming && subscribe->serverStreaming,
        @"Subscribe is a bidi stream");
  CHECK(KSRpcFind(@"NoSuchRpc") == NULL, @"no such RPC");
  NSError *error = nil;
  NSDictionary *echo = [kv callEcho:[NSDictionary dictionaryWithObject:KSBase64(@"hi")
                                                                forKey:@"message"]
                              error:&error];
  CHECK([KSDataFromBase64([echo objectForKey:@"message"]) isEqual:bytes("hi")], @"ECHO %@ %@",
        echo, error);
}

static void test_pipeline(KSClient *kv)
{
  NSError *error = nil;
  [kv del:[NSArray arrayWithObjects:key(@"p"), nil] error:&error];
  KSPipeline *pipeline = [kv pipeline];
  [[[pipeline add:@"Set"
          request:[NSDictionary dictionaryWithObjectsAndKeys:KSBase64(key(@"p")), @"key",
                                                             KSBase64(@"v"), @"value", nil]]
       add:@"Incr"
      request:[NSDictionary dictionaryWithObject:KSBase64(key(@"p")) forKey:@"key"]]
       add:@"Get"
      request:[NSDictionary dictionaryWithObject:KSBase64(key(@"p")) forKey:@"key"]];
  CHECK([pipeline count] == 3, @"three queued");
  NSArray *results = [pipeline execute:&error];
  CHECK([results count] == 3, @"one result per command: %@ %@", results, error);
  if ([results count] == 3) {
    CHECK([[[results objectAtIndex:0] objectForKey:@"written"] boolValue], @"SET written");
    NSError *failed = [results objectAtIndex:1];
    CHECK([failed isKindOfClass:[NSError class]] &&
              [[[failed userInfo] objectForKey:KSRedisPrefixKey] isEqualToString:@"ERR"] &&
              [failed code] == 3,
          @"INCR's error in its slot: %@", failed);
    CHECK([KSDataFromBase64([[results objectAtIndex:2] objectForKey:@"value"])
              isEqual:bytes("v")],
          @"GET after the failed command still ran: %@", [results objectAtIndex:2]);
  }
  CHECK([pipeline count] == 0, @"executing empties the queue");
  BOOL raised = NO;
  @try {
    [pipeline add:@"Subscribe" request:nil];
  } @catch (NSException *exception) {
    raised = YES;
  }
  CHECK(raised, @"a stream is no pipeline command");
}

static void test_subscription(KSClient *kv)
{
  NSError *error = nil;
  KSSubscription *subscription =
      [kv subscribe:[NSArray arrayWithObjects:key(@"news"), key(@"chat"), nil] error:&error];
  CHECK(subscription != nil, @"SUBSCRIBE: %@", error);
  if (subscription == nil)
    return;
  CHECK([subscription nextMessageWithTimeout:0.2] == nil, @"nothing published yet");
  NSNumber *receivers = [kv publish:key(@"news") message:@"hello" error:&error];
  CHECK([receivers longLongValue] == 1, @"PUBLISH reaches the subscriber: %@ %@", receivers,
        error);
  [kv publish:key(@"other") message:@"unheard" error:&error];
  [kv publish:key(@"chat") message:[NSData data] error:&error];
  KSMessage *first = [subscription nextMessageWithTimeout:5];
  CHECK([[first channel] isEqual:[key(@"news") dataUsingEncoding:NSUTF8StringEncoding]] &&
            [[first payload] isEqual:bytes("hello")] && [first pattern] == nil,
        @"first message");
  KSMessage *second = [subscription nextMessageWithTimeout:5];
  CHECK(second != nil && [[second payload] length] == 0 &&
            [[second channel] isEqual:[key(@"chat") dataUsingEncoding:NSUTF8StringEncoding]],
        @"an empty payload arrives empty");
  [subscription close];

  KSSubscription *patterns = [kv psubscribe:[NSArray arrayWithObject:key(@"n*")] error:&error];
  CHECK(patterns != nil, @"PSUBSCRIBE: %@", error);
  [kv publish:key(@"news") message:@"again" error:&error];
  KSMessage *matched = [patterns nextMessageWithTimeout:5];
  CHECK([[matched pattern] isEqual:[key(@"n*") dataUsingEncoding:NSUTF8StringEncoding]] &&
            [[matched payload] isEqual:bytes("again")],
        @"pattern message");
}

static void test_canonical(void)
{
  NSError *error = nil;
  NSDictionary *a = KSCanonicalMessage(
      @"IncrBy", YES, [NSDictionary dictionaryWithObject:[NSNumber numberWithInt:5] forKey:@"value"],
      &error);
  NSDictionary *b = KSCanonicalMessage(
      @"IncrBy", YES, [NSDictionary dictionaryWithObject:@"5" forKey:@"value"], &error);
  CHECK(a != nil && [a isEqual:b], @"64-bit integers compare in either form: %@ %@", a, b);
  NSDictionary *c = KSCanonicalMessage(
      @"IncrBy", YES, [NSDictionary dictionaryWithObject:@"6" forKey:@"value"], &error);
  CHECK(![a isEqual:c], @"different values differ");
  CHECK(KSCanonicalMessage(@"Get", YES, [NSDictionary dictionaryWithObject:@"x" forKey:@"nope"],
                           &error) == nil,
        @"unknown field refused");
}

int main(void)
{
  NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
  const char *address = getenv("KEYSPACE_ADDRESS");
  if (address == NULL || *address == '\0') {
    printf("skipped: KEYSPACE_ADDRESS is not set\n");
    [pool release];
    return 0;
  }
  KSClient *kv = [[KSClient alloc] initWithAddress:[NSString stringWithUTF8String:address]];
  [kv setTimeout:10.0];
  test_nil_and_values(kv);
  test_errors(kv);
  test_generated(kv);
  test_pipeline(kv);
  test_subscription(kv);
  test_canonical();
  test_unreachable();
  [kv release];
  [pool release];
  printf("%s\n", failures == 0 ? "live tests passed" : "live tests FAILED");
  return failures == 0 ? 0 : 1;
}
