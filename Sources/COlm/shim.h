// Olm and Megolm (Debian's libolm-dev). Only the Olm target includes this.
#include <olm/olm.h>
#include <olm/inbound_group_session.h>
#include <olm/outbound_group_session.h>
