/*
 * The Objective-C SDK's conformance runner (tests/conformance/README.md):
 *
 *   keyspace-objc-conformance --address 127.0.0.1:7379 --scenarios scenarios.json
 *
 * prints one JSON line per scenario. Unary steps go through KSClient's call
 * by RPC name (what the generated -callGet:error: methods call), errors are
 * read as the SDK's NSError (gRPC code, message, Redis prefix), pipelines go
 * through KSPipeline and subscriptions through KSSubscription. Messages are
 * compared as messages: both sides are put in canonical proto3 JSON by the
 * C core (KSCanonicalMessage) and compared with isEqual:.
 */
#import <Foundation/Foundation.h>

#import "KSClient.h"
#import "KSRpcs.h"

#define EVENT_TIMEOUT 5.0

/* Compares got with want as messages of rpc's response; nil when equal,
 * else the mismatch. */
static NSString *mismatch(NSString *label, NSString *rpc, NSDictionary *got, NSDictionary *want)
{
  NSError *error = nil;
  NSDictionary *g = KSCanonicalMessage(rpc, YES, got, &error);
  NSDictionary *w = g != nil ? KSCanonicalMessage(rpc, YES, want, &error) : nil;
  if (w == nil)
    return [NSString stringWithFormat:@"%@: %@", label, [error localizedDescription]];
  if ([g isEqual:w])
    return nil;
  return [NSString stringWithFormat:@"%@: got %@, want %@", label, g, w];
}

static NSString *unary(KSClient *client, NSDictionary *step)
{
  NSString *rpc = [step objectForKey:@"call"];
  const KSRpcInfo *info = KSRpcFind(rpc);
  if (info == NULL || info->clientStreaming || info->serverStreaming)
    return [NSString stringWithFormat:@"no unary RPC named %@", rpc];
  NSDictionary *request = [step objectForKey:@"request"];
  NSString *label = [NSString stringWithFormat:@"%@ %@", rpc, request];
  NSError *error = nil;
  NSDictionary *response = [client call:rpc request:request error:&error];
  NSDictionary *want = [step objectForKey:@"error"];
  if (response == nil) {
    NSString *code = [[error userInfo] objectForKey:KSStatusNameKey];
    NSString *prefix = [[error userInfo] objectForKey:KSRedisPrefixKey];
    NSString *got = [NSString stringWithFormat:@"%@ %@: %@", code, prefix ?: @"",
                                               [error localizedDescription]];
    if (want == nil)
      return [NSString stringWithFormat:@"%@: failed with %@", label, got];
    NSString *expected = [NSString
        stringWithFormat:@"%@ %@: %@", [want objectForKey:@"code"],
                         [want objectForKey:@"reason"] ?: @"", [want objectForKey:@"message"]];
    if (![got isEqualToString:expected])
      return [NSString stringWithFormat:@"%@: failed with %@, want %@", label, got, expected];
    return nil;
  }
  if (want != nil)
    return [NSString stringWithFormat:@"%@: succeeded with %@, want error %@", label, response,
                                      want];
  return mismatch(label, rpc, response, [step objectForKey:@"response"]);
}

static NSString *pipeline(KSClient *client, NSDictionary *step)
{
  KSPipeline *batch = [client pipeline];
  for (NSDictionary *command in [step objectForKey:@"pipeline"]) {
    // A Command holds one field, named after the RPC lowercased.
    NSString *field = [[command allKeys] lastObject];
    const KSRpcInfo *info = NULL;
    for (NSUInteger i = 0; i < KSRpcCount && info == NULL; i++) {
      if ([field isEqualToString:[NSString stringWithUTF8String:KSRpcTable[i].command]])
        info = &KSRpcTable[i];
    }
    if (info == NULL)
      return [NSString stringWithFormat:@"no command %@", field];
    [batch add:[NSString stringWithUTF8String:info->name] request:[command objectForKey:field]];
  }
  NSError *error = nil;
  NSArray *replies = [batch executeReplies:&error];
  if (replies == nil)
    return [NSString stringWithFormat:@"Pipeline failed: %@", [error localizedDescription]];
  return mismatch(@"Pipeline", @"Pipeline", [NSDictionary dictionaryWithObject:replies
                                                                       forKey:@"replies"],
                  [NSDictionary dictionaryWithObject:[step objectForKey:@"replies"]
                                              forKey:@"replies"]);
}

/* The event without the fields that change from run to run. */
static NSDictionary *stable(NSDictionary *event)
{
  NSMutableDictionary *copy = [NSMutableDictionary dictionary];
  for (NSString *kind in event) {
    id body = [event objectForKey:kind];
    if ([body isKindOfClass:[NSDictionary class]]) {
      NSMutableDictionary *b = [[body mutableCopy] autorelease];
      [b removeObjectForKey:@"runId"];
      [b removeObjectForKey:@"sequence"];
      body = b;
    }
    [copy setObject:body forKey:kind];
  }
  return copy;
}

static NSString *subscription(KSClient *client, NSDictionary *step)
{
  NSError *error = nil;
  KSSubscription *stream = [client openSubscription:&error];
  if (stream == nil)
    return [NSString stringWithFormat:@"Subscribe: %@", [error localizedDescription]];
  NSDictionary *request = [step objectForKey:@"subscribe"];
  if (![stream send:request error:&error])
    return [NSString stringWithFormat:@"Subscribe: %@", [error localizedDescription]];
  NSMutableArray *got = [NSMutableArray array];
  NSUInteger changes = 0, wanted = [[request objectForKey:@"channels"] count];
  while (changes < wanted) {
    NSDictionary *event = [stream nextEventWithTimeout:EVENT_TIMEOUT error:&error];
    if (event == nil)
      return [NSString stringWithFormat:@"Subscribe: %lu of %lu confirmations, then %@",
                                        (unsigned long)changes, (unsigned long)wanted,
                                        error != nil ? [error localizedDescription] : @"timeout"];
    if ([event objectForKey:@"change"] != nil)
      changes++;
    [got addObject:stable(event)];
  }
  for (NSDictionary *publish in [step objectForKey:@"publish"]) {
    if ([client callPublish:publish error:&error] == nil)
      return [NSString stringWithFormat:@"Publish %@: %@", publish, [error localizedDescription]];
  }
  NSArray *events = [step objectForKey:@"events"];
  while ([got count] < [events count]) {
    NSDictionary *event = [stream nextEventWithTimeout:EVENT_TIMEOUT error:&error];
    if (event == nil)
      break;
    [got addObject:stable(event)];
  }
  [stream close];
  return mismatch(@"Subscribe events", @"Subscribe",
                  [NSDictionary dictionaryWithObject:got forKey:@"events"],
                  [NSDictionary dictionaryWithObject:events forKey:@"events"]);
}

static NSString *scenario(KSClient *client, NSDictionary *s)
{
  NSError *error = nil;
  if ([client callFlushAll:[NSDictionary dictionary] error:&error] == nil)
    return [NSString stringWithFormat:@"FlushAll: %@", [error localizedDescription]];
  NSUInteger index = 0;
  for (NSDictionary *step in [s objectForKey:@"steps"]) {
    NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
    NSString *detail;
    if ([step objectForKey:@"call"] != nil)
      detail = unary(client, step);
    else if ([step objectForKey:@"pipeline"] != nil)
      detail = pipeline(client, step);
    else if ([step objectForKey:@"subscribe"] != nil)
      detail = subscription(client, step);
    else
      detail = @"unknown step";
    detail = detail != nil ? [[NSString alloc] initWithFormat:@"step %lu: %@",
                                                              (unsigned long)index, detail]
                           : nil;
    [pool release];
    if (detail != nil)
      return [detail autorelease];
    index++;
  }
  return nil;
}

int main(int argc, const char **argv)
{
  NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
  NSString *address = nil, *path = nil;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (strcmp(argv[i], "--address") == 0)
      address = [NSString stringWithUTF8String:argv[i + 1]];
    else if (strcmp(argv[i], "--scenarios") == 0)
      path = [NSString stringWithUTF8String:argv[i + 1]];
  }
  if (address == nil || path == nil) {
    fprintf(stderr, "usage: %s --address HOST:PORT --scenarios FILE\n", argv[0]);
    return 2;
  }
  NSData *data = [NSData dataWithContentsOfFile:path];
  NSDictionary *file =
      data != nil ? [NSJSONSerialization JSONObjectWithData:data options:0 error:NULL] : nil;
  if (![file isKindOfClass:[NSDictionary class]]) {
    fprintf(stderr, "cannot read %s\n", [path UTF8String]);
    return 2;
  }
  KSClient *client = [[KSClient alloc] initWithAddress:address];
  [client setTimeout:10.0];
  for (NSDictionary *s in [file objectForKey:@"scenarios"]) {
    NSAutoreleasePool *inner = [[NSAutoreleasePool alloc] init];
    NSString *detail = scenario(client, s);
    NSMutableDictionary *line = [NSMutableDictionary dictionary];
    [line setObject:[s objectForKey:@"name"] forKey:@"scenario"];
    [line setObject:[NSNumber numberWithBool:detail == nil] forKey:@"passed"];
    [line setObject:(detail != nil ? detail : @"") forKey:@"detail"];
    NSData *json = [NSJSONSerialization dataWithJSONObject:line options:0 error:NULL];
    fwrite([json bytes], 1, [json length], stdout);
    fputc('\n', stdout);
    fflush(stdout);
    [inner release];
  }
  [client release];
  [pool release];
  return 0;
}
