#import "KSClient.h"
#import "KSJSON.h"
#import "KSRpcs.h"

#include <keyspace/ks_runtime.h>

NSString *const KSErrorDomain = @"KSErrorDomain";
NSString *const KSRedisPrefixKey = @"KSRedisPrefix";
NSString *const KSStatusNameKey = @"KSStatusName";

NSError *KSMakeError(NSInteger code, NSString *message, NSString *prefix)
{
  NSMutableDictionary *info = [NSMutableDictionary dictionary];
  [info setObject:(message != nil ? message : @"") forKey:NSLocalizedDescriptionKey];
  [info setObject:[NSString stringWithUTF8String:ks_code_name((int)code)] forKey:KSStatusNameKey];
  if (prefix != nil)
    [info setObject:prefix forKey:KSRedisPrefixKey];
  return [NSError errorWithDomain:KSErrorDomain code:code userInfo:info];
}

NSError *KSErrorFromC(const void *cerror)
{
  const ks_error *e = cerror;
  NSString *message = e->message != NULL ? [NSString stringWithUTF8String:e->message] : nil;
  NSString *prefix = e->reason != NULL ? [NSString stringWithUTF8String:e->reason] : nil;
  return KSMakeError(e->code, message, prefix);
}

NSString *KSBase64(id bytes)
{
  NSData *data = bytes;
  if ([bytes isKindOfClass:[NSString class]])
    data = [(NSString *)bytes dataUsingEncoding:NSUTF8StringEncoding];
  return [data base64EncodedStringWithOptions:0];
}

NSData *KSDataFromBase64(id value)
{
  if (value == nil || value == [NSNull null])
    return nil;
  return [[[NSData alloc] initWithBase64EncodedString:value options:0] autorelease];
}

NSDictionary *KSCanonicalMessage(NSString *rpc, BOOL response, NSDictionary *message,
                                 NSError **error)
{
  const ks_method *method = ks_method_find([rpc UTF8String]);
  if (method == NULL) {
    if (error != NULL)
      *error = KSMakeError(KSErrorCodeInvalidMessage,
                           [NSString stringWithFormat:@"no RPC named %@", rpc], nil);
    return nil;
  }
  NSString *json = KSJSONText(message != nil ? message : [NSDictionary dictionary], error);
  if (json == nil)
    return nil;
  const char *text = [json UTF8String];
  ProtobufCMessage *parsed = NULL;
  ks_error cerror = {0};
  if (ks_message_from_json(response ? method->output : method->input, text, strlen(text),
                           &parsed, &cerror) != KS_OK) {
    if (error != NULL)
      *error = KSErrorFromC(&cerror);
    ks_error_clear(&cerror);
    return nil;
  }
  char *printed = ks_message_to_json(parsed);
  ks_message_free(parsed);
  NSDictionary *result = KSJSONObject(printed, error);
  ks_free(printed);
  return result;
}

@implementation KSClient

- (instancetype)initWithAddress:(NSString *)address
{
  if ((self = [super init]) == nil)
    return nil;
  _client = ks_client_new([address UTF8String], NULL);
  if (_client == NULL) {
    [self release];
    return nil;
  }
  return self;
}

- (void)dealloc
{
  ks_client_free(_client);
  [super dealloc];
}

- (void *)cClient
{
  return _client;
}

- (void)setTimeout:(NSTimeInterval)seconds
{
  ks_client_set_timeout(_client, (int64_t)(seconds * 1000.0));
}

- (NSDictionary *)call:(NSString *)rpc request:(NSDictionary *)request error:(NSError **)error
{
  NSString *json = KSJSONText(request != nil ? request : [NSDictionary dictionary], error);
  if (json == nil)
    return nil;
  char *response = NULL;
  ks_error cerror = {0};
  if (ks_call_json(_client, [rpc UTF8String], [json UTF8String], &response, &cerror) != KS_OK) {
    if (error != NULL)
      *error = KSErrorFromC(&cerror);
    ks_error_clear(&cerror);
    return nil;
  }
  NSDictionary *result = KSJSONObject(response, error);
  ks_free(response);
  return result;
}

- (NSData *)get:(id)key error:(NSError **)error
{
  NSDictionary *reply = [self callGet:[NSDictionary dictionaryWithObject:KSBase64(key) forKey:@"key"]
                                       error:error];
  return KSDataFromBase64([reply objectForKey:@"value"]);
}

- (BOOL)set:(id)key value:(id)value error:(NSError **)error
{
  NSDictionary *request = [NSDictionary
      dictionaryWithObjectsAndKeys:KSBase64(key), @"key", KSBase64(value), @"value", nil];
  NSDictionary *reply = [self callSet:request error:error];
  return [[reply objectForKey:@"written"] boolValue];
}

/* A 64-bit integer field: proto3 JSON writes it as a string, and leaves out 0. */
static NSNumber *integer(NSDictionary *reply, NSString *field)
{
  if (reply == nil)
    return nil;
  id value = [reply objectForKey:field];
  return [NSNumber numberWithLongLong:value != nil ? [value longLongValue] : 0];
}

- (NSNumber *)del:(NSArray *)keys error:(NSError **)error
{
  NSMutableArray *encoded = [NSMutableArray arrayWithCapacity:[keys count]];
  for (id key in keys)
    [encoded addObject:KSBase64(key)];
  return integer([self callDel:[NSDictionary dictionaryWithObject:encoded forKey:@"keys"]
                             error:error], @"count");
}

- (NSNumber *)incr:(id)key error:(NSError **)error
{
  return integer([self callIncr:[NSDictionary dictionaryWithObject:KSBase64(key) forKey:@"key"]
                              error:error], @"value");
}

- (NSNumber *)publish:(id)channel message:(id)message error:(NSError **)error
{
  NSDictionary *request = [NSDictionary dictionaryWithObjectsAndKeys:KSBase64(channel),
                                                                    @"channel", KSBase64(message),
                                                                    @"message", nil];
  return integer([self callPublish:request error:error], @"receivers");
}

- (KSPipeline *)pipeline
{
  return [[[KSPipeline alloc] initWithClient:self] autorelease];
}

- (KSSubscription *)openSubscription:(NSError **)error
{
  return [[[KSSubscription alloc] initWithClient:self error:error] autorelease];
}

- (KSSubscription *)follow:(NSArray *)names action:(NSString *)action error:(NSError **)error
{
  KSSubscription *subscription = [self openSubscription:error];
  if (subscription == nil)
    return nil;
  if (![subscription follow:names action:action timeout:-1 error:error])
    return nil;
  return subscription;
}

- (KSSubscription *)subscribe:(NSArray *)channels error:(NSError **)error
{
  return [self follow:channels action:@"SUBSCRIBE_ACTION_SUBSCRIBE" error:error];
}

- (KSSubscription *)psubscribe:(NSArray *)patterns error:(NSError **)error
{
  return [self follow:patterns action:@"SUBSCRIBE_ACTION_PSUBSCRIBE" error:error];
}

@end
