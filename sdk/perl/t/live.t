# Keyspace::Client against a live keyspace-server (KEYSPACE_ADDRESS); the
# server's database is flushed.
use v5.36;
use Test::More;
use Keyspace::Client;

my $address = $ENV{KEYSPACE_ADDRESS} or plan skip_all => 'KEYSPACE_ADDRESS is not set';
my $ks = Keyspace::Client->new($address, timeout => 10);
$ks->flushall;

is $ks->get('greeting'), undef, 'GET of a missing key is undef';
is_deeply $ks->set('greeting', ''), { written => 1, old_value => undef }, 'SET replies written';
is $ks->get('greeting'), '', 'an empty value is not nil';
is_deeply $ks->set('greeting', 'x', { condition => 'XX', get => 1 }), { written => 1, old_value => '' },
    'SET XX GET replies the old value';
is_deeply $ks->set('other', 'x', { condition => 'XX' }), { written => 0, old_value => undef },
    'a refused SET is not written';

my $binary = join '', map { chr } 0 .. 255;
$ks->set("bin\0key", $binary);
is $ks->get("bin\0key"), $binary, 'bytes survive both ways';
is $ks->strlen("bin\0key"), 256, 'STRLEN is a number';

is $ks->incrby('n', 41), 41, 'INCRBY';
is $ks->incr('n'), 42, 'INCR';
my $mget = $ks->call('MGet', { keys => ['bg==', 'eA=='] });
ok exists $mget->{values}, 'call() gives the raw proto3 JSON';

my $error = do { eval { $ks->lpush('n', ['x']) }; $@ };
isa_ok $error, 'Keyspace::Error', 'a Redis error';
is $error->prefix, 'WRONGTYPE', 'its prefix is the ErrorInfo reason';
is $error->code_name, 'FAILED_PRECONDITION', 'its gRPC code';
is $error->message, 'WRONGTYPE Operation against a key holding the wrong kind of value',
    "Redis's error text";
$error = do { eval { $ks->incr('greeting') }; $@ };
is $error->prefix, 'ERR', 'ERR prefix';
is $error->message, 'ERR value is not an integer or out of range', 'ERR text';

my @results = $ks->pipeline(sub ($p) {
    $p->set('p', '1');
    $p->incr('p');
    $p->lpush('p', ['x']);
    $p->get('nothing');
});
is scalar @results, 4, 'one result per pipelined command';
is $results[1], 2, 'a pipelined INCR';
isa_ok $results[2], 'Keyspace::Error', 'a failed pipelined command';
is $results[2]->prefix, 'WRONGTYPE', '... carrying its prefix';
is $results[3], undef, 'a pipelined GET of a missing key is undef';

@results = $ks->transaction(sub ($t) { $t->incr('t'); $t->incrby('t', 9) });
is_deeply \@results, [1, 10], 'a transaction runs its commands in order';

my $sub = $ks->subscribe('news', 'chat');
my @changes = map { $sub->next(5) } 1 .. 2;
is_deeply [map { [$_->{type}, $_->{channel}, $_->{count}] } @changes],
    [['change', 'news', 1], ['change', 'chat', 2]], 'one confirmation per channel';
is $ks->publish('news', "hello\0")->{receivers}, 1, 'PUBLISH counts the receiver';
$ks->publish('elsewhere', 'unheard');
$ks->publish('chat', '');
my $message = $sub->next(5);
is_deeply [@$message{qw(type channel payload)}], ['message', 'news', "hello\0"], 'a message arrives';
$message = $sub->next(5);
is_deeply [@$message{qw(type channel payload)}], ['message', 'chat', ''], 'an empty payload';
is $sub->next(0.2), undef, 'nothing else arrives';
$sub->close;

my $patterns = $ks->psubscribe('news.*');
is $patterns->next(5)->{type}, 'change', 'PSUBSCRIBE is confirmed';
$ks->publish('news.tech', 'a');
is_deeply [@{ $patterns->next(5) }{qw(channel payload pattern)}], ['news.tech', 'a', 'news.*'],
    'a pattern message names its pattern';

my $unreachable = Keyspace::Client->new('127.0.0.1:1', timeout => 2);
$error = do { eval { $unreachable->get('k') }; $@ };
isa_ok $error, 'Keyspace::Error', 'an unreachable server';
is $error->prefix, undef, 'is not a Redis error';

done_testing;
