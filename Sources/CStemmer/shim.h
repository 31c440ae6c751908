// Snowball stemmers (Debian's libstemmer-dev). Only the Snowball target includes this.
#include <libstemmer.h>
