#import "KSClient.h"
#import "KSJSON.h"

#include <keyspace/ks_runtime.h>

@implementation KSMessage

- (instancetype)initWithEvent:(NSDictionary *)message
{
  if ((self = [super init]) == nil)
    return nil;
  // An empty payload is left out of proto3 JSON: it is empty, not nil.
  _channel = [(KSDataFromBase64([message objectForKey:@"channel"]) ?: [NSData data]) retain];
  _payload = [(KSDataFromBase64([message objectForKey:@"payload"]) ?: [NSData data]) retain];
  _pattern = [KSDataFromBase64([message objectForKey:@"pattern"]) retain];
  return self;
}

- (void)dealloc
{
  [_channel release];
  [_payload release];
  [_pattern release];
  [super dealloc];
}

- (NSData *)channel
{
  return _channel;
}

- (NSData *)payload
{
  return _payload;
}

- (NSData *)pattern
{
  return _pattern;
}

@end

@implementation KSSubscription

- (instancetype)initWithClient:(KSClient *)client error:(NSError **)error
{
  if ((self = [super init]) == nil)
    return nil;
  ks_error cerror = {0};
  _stream = ks_stream_open_named([client cClient], "Subscribe", &cerror);
  if (_stream == NULL) {
    if (error != NULL)
      *error = KSErrorFromC(&cerror);
    ks_error_clear(&cerror);
    [self release];
    return nil;
  }
  // The stream needs its client's channel: keep the client alive.
  _client = [client retain];
  _pending = [[NSMutableArray alloc] init];
  return self;
}

- (void)dealloc
{
  [self close];
  [_pending release];
  [_client release];
  [super dealloc];
}

- (void)close
{
  ks_stream_close(_stream);
  _stream = NULL;
}

- (BOOL)send:(NSDictionary *)request error:(NSError **)error
{
  NSString *json = KSJSONText(request, error);
  if (json == nil)
    return NO;
  if (_stream == NULL) {
    if (error != NULL)
      *error = KSMakeError(9, @"the subscription is closed", nil);
    return NO;
  }
  ks_error cerror = {0};
  if (ks_stream_send_json(_stream, [json UTF8String], &cerror) != KS_OK) {
    if (error != NULL)
      *error = KSErrorFromC(&cerror);
    ks_error_clear(&cerror);
    return NO;
  }
  return YES;
}

/* Reads one SubscribeResponse into _pending; NO on timeout or end. */
- (BOOL)receive:(int64_t)timeout_ms error:(NSError **)error
{
  if (_stream == NULL) {
    if (error != NULL)
      *error = KSMakeError(9, @"the subscription is closed", nil);
    return NO;
  }
  char *response = NULL;
  ks_error cerror = {0};
  ks_status status = ks_stream_recv_json(_stream, &response, timeout_ms, &cerror);
  if (status == KS_TIMEOUT)
    return NO;
  if (status != KS_OK) {
    if (error != NULL)
      *error = status == KS_END ? KSMakeError(1, @"the server ended the subscription", nil)
                                : KSErrorFromC(&cerror);
    ks_error_clear(&cerror);
    return NO;
  }
  NSDictionary *batch = KSJSONObject(response, error);
  ks_free(response);
  for (NSDictionary *event in [batch objectForKey:@"events"]) {
    if ([event objectForKey:@"heartbeat"] == nil)
      [_pending addObject:event];
  }
  return batch != nil;
}

static int64_t milliseconds(NSDate *deadline)
{
  if (deadline == nil)
    return -1;
  double left = [deadline timeIntervalSinceNow] * 1000.0;
  return left > 0 ? (int64_t)left : 0;
}

- (NSDictionary *)nextEventWithTimeout:(NSTimeInterval)timeout error:(NSError **)error
{
  NSDate *deadline = timeout < 0 ? nil : [NSDate dateWithTimeIntervalSinceNow:timeout];
  while ([_pending count] == 0) {
    if (![self receive:milliseconds(deadline) error:error])
      return nil;
  }
  NSDictionary *event = [[[_pending objectAtIndex:0] retain] autorelease];
  [_pending removeObjectAtIndex:0];
  return event;
}

- (KSMessage *)nextMessageWithTimeout:(NSTimeInterval)timeout
{
  NSDate *deadline = timeout < 0 ? nil : [NSDate dateWithTimeIntervalSinceNow:timeout];
  for (;;) {
    NSTimeInterval left = deadline == nil ? -1 : MAX(0, [deadline timeIntervalSinceNow]);
    NSDictionary *event = [self nextEventWithTimeout:left error:NULL];
    if (event == nil)
      return nil;
    NSDictionary *message = [event objectForKey:@"message"];
    if (message != nil)
      return [[[KSMessage alloc] initWithEvent:message] autorelease];
  }
}

- (BOOL)follow:(NSArray *)names action:(NSString *)action timeout:(NSTimeInterval)timeout
         error:(NSError **)error
{
  NSMutableArray *encoded = [NSMutableArray arrayWithCapacity:[names count]];
  for (id name in names)
    [encoded addObject:KSBase64(name)];
  NSDictionary *request =
      [NSDictionary dictionaryWithObjectsAndKeys:action, @"action", encoded, @"channels", nil];
  if (![self send:request error:error])
    return NO;
  NSDate *deadline = timeout < 0 ? nil : [NSDate dateWithTimeIntervalSinceNow:timeout];
  NSUInteger confirmed = 0, seen = 0;
  while (confirmed < [names count]) {
    // Events already pending before this request are not its answers.
    while (seen < [_pending count]) {
      NSDictionary *event = [_pending objectAtIndex:seen];
      NSDictionary *failure = [event objectForKey:@"error"];
      if (failure != nil) {
        [_pending removeObjectAtIndex:seen];
        if (error != NULL)
          *error = KSMakeError([[failure objectForKey:@"code"] integerValue],
                               [failure objectForKey:@"message"], [failure objectForKey:@"reason"]);
        return NO;
      }
      if ([event objectForKey:@"change"] != nil) {
        [_pending removeObjectAtIndex:seen];
        confirmed++;
      } else {
        seen++;
      }
    }
    NSError *failure = nil;
    if (confirmed < [names count] && ![self receive:milliseconds(deadline) error:&failure]) {
      if (error != NULL)
        *error = failure != nil ? failure : KSMakeError(4, @"no confirmation in time", nil);
      return NO;
    }
  }
  return YES;
}

@end
