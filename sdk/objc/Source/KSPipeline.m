#import "KSClient.h"
#import "KSJSON.h"
#import "KSRpcs.h"

#include <keyspace/ks_runtime.h>

@implementation KSPipeline

- (instancetype)initWithClient:(KSClient *)client
{
  if ((self = [super init]) == nil)
    return nil;
  _client = [client retain];
  _commands = [[NSMutableArray alloc] init];
  return self;
}

- (void)dealloc
{
  [_client release];
  [_commands release];
  [super dealloc];
}

- (KSPipeline *)add:(NSString *)rpc request:(NSDictionary *)request
{
  const KSRpcInfo *info = KSRpcFind(rpc);
  if (info == NULL || info->clientStreaming || info->serverStreaming)
    [NSException raise:NSInvalidArgumentException format:@"no unary RPC named %@", rpc];
  // Command's oneof fields are named after the RPC, lowercased (pipeline.proto).
  [_commands addObject:[NSDictionary
                           dictionaryWithObject:(request != nil ? request : [NSDictionary dictionary])
                                         forKey:[NSString stringWithUTF8String:info->command]]];
  return self;
}

- (NSUInteger)count
{
  return [_commands count];
}

- (NSArray *)executeReplies:(NSError **)error
{
  NSDictionary *batch = [NSDictionary dictionaryWithObject:_commands forKey:@"commands"];
  NSString *json = KSJSONText(batch, error);
  [_commands removeAllObjects];
  if (json == nil)
    return nil;
  ks_error cerror = {0};
  ks_stream *stream = ks_stream_open_named([_client cClient], "Pipeline", &cerror);
  char *response = NULL;
  ks_status status = KS_ERROR;
  if (stream != NULL && ks_stream_send_json(stream, [json UTF8String], &cerror) == KS_OK &&
      ks_stream_close_send(stream, &cerror) == KS_OK)
    status = ks_stream_recv_json(stream, &response, -1, &cerror);
  ks_stream_close(stream);
  if (status != KS_OK) {
    if (error != NULL)
      *error = status == KS_END ? KSMakeError(2, @"Pipeline ended without a reply", nil)
                                : KSErrorFromC(&cerror);
    ks_error_clear(&cerror);
    return nil;
  }
  NSDictionary *reply = KSJSONObject(response, error);
  ks_free(response);
  if (reply == nil)
    return nil;
  NSArray *replies = [reply objectForKey:@"replies"];
  return replies != nil ? replies : [NSArray array];
}

- (NSArray *)execute:(NSError **)error
{
  NSArray *replies = [self executeReplies:error];
  if (replies == nil)
    return nil;
  NSMutableArray *results = [NSMutableArray arrayWithCapacity:[replies count]];
  for (NSDictionary *reply in replies) {
    NSDictionary *failure = [reply objectForKey:@"error"];
    if (failure != nil) {
      [results addObject:KSMakeError([[failure objectForKey:@"code"] integerValue],
                                     [failure objectForKey:@"message"],
                                     [failure objectForKey:@"reason"])];
      continue;
    }
    // A reply holds one field, the command's reply message.
    id body = [[reply allValues] lastObject];
    [results addObject:(body != nil ? body : [NSDictionary dictionary])];
  }
  return results;
}

@end
