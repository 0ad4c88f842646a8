/* Commands queued and sent in one batch on the Pipeline stream. */
#import <Foundation/Foundation.h>

@class KSClient;

@interface KSPipeline : NSObject
{
  KSClient *_client;
  NSMutableArray *_commands;
}

- (instancetype)initWithClient:(KSClient *)client;
/* Queues the RPC named rpc ("Set") with its request (proto3 JSON); returns
 * self, so that adds chain. Raises NSInvalidArgumentException for a name
 * that is no unary RPC of the schema. */
- (KSPipeline *)add:(NSString *)rpc request:(NSDictionary *)request;
/* How many commands are queued. */
- (NSUInteger)count;
/* Sends the queued commands in one batch and empties the queue: one result
 * per command, in order: the reply message (NSDictionary) or, for a command
 * that failed, its NSError (KSErrorDomain, with the Redis prefix). nil and
 * *error set when the batch as a whole failed. */
- (NSArray *)execute:(NSError **)error;
/* The same, with the raw keyspace.v1.Reply messages ({"get": {...}},
 * {"error": {...}}). */
- (NSArray *)executeReplies:(NSError **)error;
@end
